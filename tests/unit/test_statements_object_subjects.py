"""A reported clause without "that" whose subject is a long noun phrase ("warned the price of rice in city
markets could rise"): the parse may take that subject for the cue's object, leaving the clause a verb with no
subject. The report starts at that object, not at the verb. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str, str | None]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.kind, s.quote, s.cue) for s in statements]


REPORTED = [  # business, culture, health, science
    (
        "Economist Leilani Kahale warned the price of rice in city markets could rise sharply.",
        ("Leilani Kahale", "the price of rice in city markets could rise sharply", "warned"),
    ),
    (
        "Curator Ana Lima warned most paintings from the loan collection would return to Madrid.",
        ("Ana Lima", "most paintings from the loan collection would return to Madrid", "warned"),
    ),
    (
        "Health officer Mei Lin Chua warned the vaccine for young children would be ready before spring.",
        ("Mei Lin Chua", "the vaccine for young children would be ready before spring", "warned"),
    ),
    (
        "Surgeon Kofi Mensah confirmed sixty nurses from four hospitals would join the trial.",
        ("Kofi Mensah", "sixty nurses from four hospitals would join the trial", "confirmed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_clause_subject_taken_for_the_object_opens_the_report(nlp: Language, text: str, expected) -> None:
    speaker, quote, cue = expected
    assert said(nlp, text) == [(speaker, "indirect", quote, cue)]


KEPT = [  # a real object, or a clause that is no report, keeps its bounds
    (
        "Defence lawyer Imran Qureshi denied the charges and left the court.",
        ("Imran Qureshi", "indirect", "denied the charges", "denied"),
    ),
    (
        "Mayor Helga Strand praised the volunteers for their help, which would last until Sunday.",
        ("Helga Strand", "indirect", "praised the volunteers for their help, which would last until Sunday", "praised"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_real_object_keeps_the_report_as_it_was(nlp: Language, text: str, expected) -> None:
    assert said(nlp, text) == [expected]


OBJECT_LED = [  # sport, housing, farming, culture: the subjectless verb hangs on the cue as a conjunct or adjunct
    (
        "Sione Tuilagi is predicting match tickets had sold out within hours.",
        ("Sione Tuilagi", "indirect", "match tickets had sold out within hours", "predicting"),
    ),
    (
        "Ravi Menon reckoned rent arrears had grown since the winter.",
        ("Ravi Menon", "indirect", "rent arrears had grown since the winter", "reckoned"),
    ),
    (
        "Hana Sato reckoned wheat yields had fallen since the drought.",
        ("Hana Sato", "indirect", "wheat yields had fallen since the drought", "reckoned"),
    ),
    (
        "Nadia Haddad reckoned gallery visits had climbed since the reopening.",
        ("Nadia Haddad", "indirect", "gallery visits had climbed since the reopening", "reckoned"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_LED)
def test_subjectless_verb_after_the_object_is_the_report(nlp: Language, text: str, expected) -> None:
    assert said(nlp, text) == [expected]


SECOND_PREDICATE = [  # "and", a comma: the verb after the object is the speaker's own next act
    "Sione Tuilagi confirmed the transfer fee and left the ground.",
    "Ravi Menon reckoned the rent arrears, then resigned.",
]


@pytest.mark.parametrize("text", SECOND_PREDICATE)
def test_joined_second_predicate_is_no_report(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []
