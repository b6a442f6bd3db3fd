"""A speech verb of emphasis whose object is a noun of weight ("stressed the need for ...", "underlined the
seriousness of ...") reports the point the speaker presses, as "announced plans to ..." does; the same verbs
with a plain thing as object ("underlined the totals") report nothing. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str, str | None]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.kind, s.quote, s.cue) for s in statements]


PRESSED = [  # health, sport, courts, science, local politics
    (
        "Health minister Oluwaseun Adebayo stressed the need for more nurses on night shifts.",
        ("Oluwaseun Adebayo", "stressed the need for more nurses on night shifts", "stressed"),
    ),
    (
        "Coach Mireille Fontaine emphasised the importance of a fast start in the second leg.",
        ("Mireille Fontaine", "emphasised the importance of a fast start in the second leg", "emphasised"),
    ),
    (
        "The judge, Anand Krishnamurthy, underlined the gravity of the charges against the two directors.",
        ("Anand Krishnamurthy", "underlined the gravity of the charges against the two directors", "underlined"),
    ),
    (
        "Climate scientist Sigrid Halvorsen underscored the urgency of cutting methane from landfill sites.",
        ("Sigrid Halvorsen", "underscored the urgency of cutting methane from landfill sites", "underscored"),
    ),
    (
        "Mayor Kwame Asante has stressed the city's commitment to the new tram line.",
        ("Kwame Asante", "stressed the city's commitment to the new tram line", "stressed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESSED)
def test_emphasis_verb_with_a_noun_of_weight_is_a_statement(nlp: Language, text: str, expected) -> None:
    speaker, quote, cue = expected
    assert said(nlp, text) == [(speaker, "indirect", quote, cue)]


PLAIN = [  # the same verbs, or a noun of weight, with nothing pressed by a speaker
    "Chef Yuki Tanabe stressed the dough for ten minutes before baking.",
    "Accountant Rosa Delgado underlined the totals in red ink.",
    "Investor Farid Haddad doubled the value of the fund in a year.",
    "Engineer Tomasz Wierzbicki saw the need for a second pump at the station.",
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_object_or_no_speech_verb_is_no_statement(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []
