"""That-less reports the small parser breaks: a verb of the same form as a noun read into the cue's object
("said the new drug cut relapse rates"), a bare verb hung on the cue's object ("warned the company set a
deadline"), a present-tense cue closing the sentence read as a plural noun ("..., the trust stresses."),
and a noun in scare quotes inside the report ('say the "reforms" were never costed'). Invented sentences
from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.kind, s.quote) for s in statements]


REPORTED = [  # health, local, labour, sport, courts, culture, diplomacy
    (
        "Health minister Ola Brandt said the new drug cut relapse rates by a third.",
        ("Ola Brandt", "indirect", "the new drug cut relapse rates by a third"),
    ),
    (
        "Mayor Ines Varga said the flooding cut power to four hundred homes.",
        ("Ines Varga", "indirect", "the flooding cut power to four hundred homes"),
    ),
    (
        "Piet Holm stressed that the pandemic cut audiences by half.",
        ("Piet Holm", "indirect", "the pandemic cut audiences by half"),
    ),
    (
        "Defence lawyer Dara Quill warned the delay cost the family dearly.",
        ("Dara Quill", "indirect", "the delay cost the family dearly"),
    ),
    (
        "Union leader Farah Quist warned the company set a deadline for Friday.",
        ("Farah Quist", "indirect", "the company set a deadline for Friday"),
    ),
    (
        "Head coach Lena Morrow added the defeat put the title out of reach.",
        ("Lena Morrow", "indirect", "the defeat put the title out of reach"),
    ),
    (  # a noun in scare quotes is no quotation of its own: the report keeps its clause
        'Chief executive Tove Rask said the "reforms" would cost hundreds of jobs.',
        ("Tove Rask", "indirect", 'the "reforms" would cost hundreds of jobs'),
    ),
    (
        "Brindle Valley Council claims the 'efficiency drive' will save money.",
        ("Brindle Valley Council", "indirect", "the 'efficiency drive' will save money"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_that_less_report_keeps_its_clause(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert said(nlp, text) == [expected]


def test_present_cue_read_as_a_noun_closes_a_fronted_report(nlp: Language) -> None:
    text = "Sales fell sharply in the spring, Brindle Foods stresses."
    assert said(nlp, text) == [("Brindle Foods", "indirect", "Sales fell sharply in the spring")]


def test_evaluative_word_in_quotes_stays_the_speakers_own(nlp: Language) -> None:
    text = 'Minister Karl Odden said the council had done a "shoddy" job.'
    assert said(nlp, text) == [("Karl Odden", "direct", "shoddy")]


@pytest.mark.parametrize(
    "text",
    [
        "Arne Soler added the spending cut figures to the report.",
        "Edda Prum noted the pay cut figures with concern.",
        "Mayor Jonas Feld said a prayer for the victims.",
        "Talks between Harlow Brothers Foods and the city council",
    ],
)
def test_noun_phrases_stay_noun_phrases(nlp: Language, text: str) -> None:
    assert [quote for _, _, quote in said(nlp, text) if "cut" in quote or "prayer" in quote or "Talks" in quote] == []
