"""Unnamed voices: a he/she or "they" right after a speaker the article leaves unnamed is that speaker, not the
last named one; a bare spokesperson speaks for the body its words are about:
invented sentences per beat, with the named cases that must keep their name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    "text",
    [
        # business: a definite role, its own pronoun in the clause that keeps it unnamed
        '"Prices will fall before the summer," said Tomas Brel, an analyst with Korvell Securities.\n\n'
        '"The market is pricing that in already," said the area director of a big bakery chain, '
        'who asked that his name be withheld. "Demand is weak," he added.',
        # labour: an indefinite role, its own pronoun in the anonymity clause
        '"The strike will go ahead," said Marek Ostrow, who speaks for the Dorin Teachers Union.\n\n'
        '"Our members have had enough," said a negotiator, who talked on condition she not be '
        'identified. "Pay is the issue," she added.',
        # courts: the same with another role
        '"The ruling will be appealed," said Dana Holt, a lawyer for the Halden council.\n\n'
        '"We expect a hearing in May," said a court official, who talked on condition she not be identified. '
        '"The law is clear," she added.',
    ],
)
def test_a_pronoun_after_an_unnamed_speaker_stays_unnamed(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[-2:] == [None, None]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # the role is named in apposition
        ('"The team needs a new coach," said Ilse Marrow, the coach of the Kestrel Rovers.\n\n'
         '"The board will decide next week," said a club director, Kofi Mensah. "Results matter," he added.',
         "Kofi Mensah"),
        # the named speaker takes the turn again in a later sentence
        ('Rolf Anker, a senior doctor at the Marden clinic, spoke on Monday.\n\n'
         '"We cannot hire nurses fast enough," Anker said. "Funding is short," he added.',
         "Rolf Anker"),
    ],
)
def test_a_pronoun_after_a_named_speaker_keeps_the_name(nlp: Language, text: str, named: str) -> None:
    assert speakers(nlp, text)[-1] == named


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # local politics
            "The Halden Water Board raised its charges by 4 pct from April, a spokesman said.\n\n"
            "The last rise, in 1985, was smaller, he said.",
            "Halden Water Board",
        ),
        (  # sport
            "Dorin Rovers signed two new players on Friday, a spokeswoman said.\n\nBoth will play on Sunday, she said.",
            "Dorin Rovers",
        ),
    ],
)
def test_a_bare_spokesperson_speaks_for_the_body_its_words_are_about(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body, body]


def test_a_bare_spokesperson_about_a_person_stays_unnamed(nlp: Language) -> None:
    text = "Tomas Brel postponed the hearing until May, a spokesman said.\n\nThe judge had fallen ill, he said."
    assert speakers(nlp, text) == [None, None]


@pytest.mark.parametrize(
    ("between", "then"),
    [
        # people who spoke unnamed since the body are "they"
        ("Securities dealers said they expected demand to hold.\n\n", [None, None]),
        # must not fire: nobody spoke between, "they" is the body
        ("", ["Valdora Motors Inc"]),
    ],
)
def test_they_is_the_body_unless_people_spoke_unnamed_since(nlp: Language, between: str, then: list) -> None:
    text = f"Valdora Motors Inc said prices would rise in April.\n\n{between}Supply remains tight, they said."
    assert speakers(nlp, text) == ["Valdora Motors Inc", *then]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # health: the first clause's verb read as an adjective, its subject coordinated with the speaker
            "Marta Okonkwo, a senior adviser at the Kestrel Fund, spoke in Dorin on Monday.\n\n"
            'A common hospital budget or Tarrow-style "fund" would, in theory, lower waiting lists by providing '
            "steady money, but Okonkwo said the sector is badly underfunded and audiences remain thin.",
            "Marta Okonkwo",
        ),
        (  # must not fire: two speakers joined by "and"
            "Ana Ruiz and Pedro Salas said the harvest was lost.",
            "Ana Ruiz and Pedro Salas",
        ),
    ],
)
def test_the_speaker_after_but_is_not_joined_to_the_clause_before(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # mining: the same role word again, after an unnamed one spoke, though a named minister was in focus
        'Minister Tomas Verin met reporters on Monday. A senior mining official said nothing had moved. '
        '"A change is very unlikely," the official added.',
        # diplomacy: the unnamed one withheld a name
        'Mayor Ilse Varga met reporters on Monday. One trade diplomat said the talks had stalled. '
        '"We will try again," said the diplomat, who wished to stay anonymous. '
        '"Nothing is settled," the diplomat said.',
    ],
)
def test_the_role_repeated_after_an_unnamed_holder_spoke_stays_unnamed(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[-1] is None


def test_the_role_after_a_named_holder_since_the_unnamed_one_is_that_holder(nlp: Language) -> None:
    text = (
        'One mining official said nothing had moved. Tomas Verin, a senior mining official, met reporters '
        'on Monday. "A change is very unlikely," the official said.'
    )
    assert speakers(nlp, text)[-1] == "Tomas Verin"
