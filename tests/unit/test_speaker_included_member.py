"""A group that speaks through the one member it names ("analysts, including X of Y, said") is that member's
statement; a group of firms so named stays as it was. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def first_speaker(nlp: Language, text: str) -> str | None:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return found[0].speaker.name if found[0].speaker else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Steel prices will climb further this year, senior analysts, including Tomas Breyer of Harrow "
            "Securities, said.",
            "Tomas Breyer",
        ),
        (
            "The comet will be visible in March, astronomers, including Aiko Tanabe of Dunmore University, said.",
            "Aiko Tanabe",
        ),
        # must not fire: the group names no one
        ("The comet will be visible in March, astronomers at several observatories said.", None),
    ],
)
def test_the_named_member_speaks_for_the_group(nlp: Language, text: str, speaker: str | None) -> None:
    assert first_speaker(nlp, text) == speaker
