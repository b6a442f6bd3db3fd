"""A lede that tells through a person described by a "who" clause ("A hiker who found the wreck says ...") is
spoken by the person the next sentence names, whatever walk of life the noun gives; a person the next sentence
gives another role (a detective, a paramedic) answers the lede and is not its speaker. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.readers import said, speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # local news, wire copy in one paragraph
            "A local man who was trapped in a lift for six hours says nobody answered the alarm. "
            "Kwame Mensah was on his way to work when the lift stopped between floors.",
            "Kwame Mensah",
        ),
        (  # science: the lede and the name in two paragraphs
            "A retired geologist who found a rare fossil on the beach says it took her a week to believe it.\n\n"
            "Ingrid Solberg was walking her dog near the dunes when she saw the bone.",
            "Ingrid Solberg",
        ),
        (  # sport
            "A young swimmer who crossed the strait in record time says the cold nearly stopped him. "
            "Diego Fernández spent eleven hours in the water.",
            "Diego Fernández",
        ),
        (  # health
            "A pensioner who waited two days for a hospital bed says the ward was overflowing. "
            "Mei Tanaka was admitted with a broken hip on Friday.",
            "Mei Tanaka",
        ),
        (  # farming: "says for a week he could not ..." read by the parse as an adverbial clause
            "A grandfather who lost his crop to the hail says for a week he could not look at the fields. "
            "Bongani Dlamini has farmed the valley for 30 years.",
            "Bongani Dlamini",
        ),
    ],
)
def test_the_lede_speaker_is_the_person_named_next(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[0] == person


def test_the_lede_speaker_carries_no_title_from_the_noun(nlp: Language) -> None:
    text = (
        "A man who was trapped in a lift for six hours says nobody answered the alarm. "
        "Kwame Mensah was on his way to work when the lift stopped."
    )
    speaker = extract_statements(parse(Article(id="t", text=text), nlp))[0].speaker
    assert speaker is not None and (speaker.name, speaker.title) == ("Kwame Mensah", None)


@pytest.mark.parametrize(
    "text",
    [
        (  # courts: a detective answers the lede
            "A man who was trapped in a lift for six hours told police he had pressed the alarm twice. "
            "Detective Sergeant Hana Sato said the owner of the building would be questioned."
        ),
        (  # health: a paramedic answers the lede
            "A woman who survived the crash says she owes her life to a stranger. "
            "Paramedic Luis Ortega said the driver was lucky."
        ),
    ],
)
def test_a_person_named_next_with_a_role_of_their_own_is_not_the_lede_speaker(nlp: Language, text: str) -> None:
    first = said(nlp, text)[0]
    assert first[0] is None
