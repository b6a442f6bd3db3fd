"""Reported-speech cues as word classes: each class tested on invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def reported(nlp: Language, text: str) -> list[Statement]:
    return [s for s in extract_statements(parse(Article(id="t", text=text), nlp)) if s.kind == "indirect"]


def said(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker.name if s.speaker else None, s.quote) for s in reported(nlp, text)]


# One word class per block: an exposition particle verb; a speech verb whose message is its object or
# infinitive; a directive speech act ("requested X to", "called for").
REPORTED = [
    (  # local politics: an exposition particle verb with its clause
        "Finance Minister Karl Dobrev laid out how the new tax would work.",
        "Karl Dobrev",
        "how the new tax would work",
    ),
    (  # sport
        "Coach Mara Ellison set out what her side needed to improve before the final.",
        "Mara Ellison",
        "what her side needed to improve before the final",
    ),
    (  # science
        "Professor Hana Kovac set out how the vaccine was tested.",
        "Hana Kovac",
        "how the vaccine was tested",
    ),
    (  # business
        "Harlow Motors announced plans to close its plant in Dunmore with the loss of 300 jobs.",
        "Harlow Motors",
        "announced plans to close its plant in Dunmore with the loss of 300 jobs",
    ),
    (  # diplomacy
        "Foreign Minister Anja Terzic reiterated her country's call for a ceasefire.",
        "Anja Terzic",
        "reiterated her country's call for a ceasefire",
    ),
    (  # local politics
        "The prime minister, Rolf Anker, met union leaders on Monday. Anker promised to review the pension reform.",
        "Rolf Anker",
        "promised to review the pension reform",
    ),
    (  # sport
        "Club captain Joe Brannigan vowed to fight for his place in the side.",
        "Joe Brannigan",
        "vowed to fight for his place in the side",
    ),
    (  # local politics
        "Mayor Ines Calder requested the council to delay the vote on the budget.",
        "Ines Calder",
        "requested the council to delay the vote on the budget",
    ),
    (  # local politics
        "Councillor Bev Okafor called for an inquiry into the housing contract.",
        "Bev Okafor",
        "called for an inquiry into the housing contract",
    ),
    (  # diplomacy
        "President Ilse Marrow called on both sides to return to the table.",
        "Ilse Marrow",
        "called on both sides to return to the table",
    ),
    (  # science
        "Professor Hana Kovac proposed a register of all clinical trials.",
        "Hana Kovac",
        "proposed a register of all clinical trials",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), REPORTED)
def test_each_cue_class_reports_its_content(nlp: Language, text: str, speaker: str, content: str) -> None:
    assert said(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Motors confirmed him as chief executive on Monday.",  # a person as object is no message
        "The striker denied it.",  # nor is a pronoun
        "Mayor Ines Calder announced on Tuesday.",  # nor is nothing
        "Harlow Motors announced the cancellation of the launch.",  # an event, not a message
        "The team set out for Lisbon on Monday.",  # a journey, not an exposition
    ],
)
def test_an_addressee_a_journey_or_nothing_is_no_statement(nlp: Language, text: str) -> None:
    assert reported(nlp, text) == []


def test_advocacy_and_naming_are_not_speech_acts(nlp: Language) -> None:
    assert reported(nlp, "Farmers in the valley pushed for lower water charges.") == []
    assert reported(nlp, "Coach Mara Ellison called the referee over.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Manager Sven Holm thinks his side can still avoid relegation.",  # sport
        "Analysts fear that a trade war would hit border towns hardest.",  # business
        "Dr Hana Kovac believes the findings could change how the disease is treated.",  # science
    ],
)
def test_a_belief_is_no_statement(nlp: Language, text: str) -> None:
    """No annotated real article counts "thinks/fears/believes that" as reported speech."""
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # business
            "Harlow Motors said the plant would close while the Metalworkers Union said it would fight the decision.",
            [("Harlow Motors", "the plant would close"), ("Metalworkers Union", "it would fight the decision")],
        ),
        (  # sport
            "Manager Sven Holm said his side deserved the win while coach Mara Ellison said the penalty was soft.",
            [("Sven Holm", "his side deserved the win"), ("Mara Ellison", "the penalty was soft")],
        ),
        (  # local politics
            "Mayor Ines Calder said the budget was balanced while Councillor Bev Okafor said reserves had run dry.",
            [("Ines Calder", "the budget was balanced"), ("Bev Okafor", "reserves had run dry")],
        ),
    ],
)
def test_a_second_voice_beside_a_report_is_its_own_statement(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert said(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # business
            'Chief executive Tom Ash said: "Sales fell in every region.\n\n"We will cut costs before summer."',
            "Tom Ash",
        ),
        (  # sport
            '"We were second best all afternoon.\n\n"Nobody can hide from that," coach Mara Ellison said.',
            "Mara Ellison",
        ),
        (  # diplomacy
            'Foreign Minister Anja Terzic told reporters: "The border must stay open.\n\n'
            '"Closing it would punish families on both sides."',
            "Anja Terzic",
        ),
    ],
)
def test_a_quote_over_two_paragraphs_is_two_statements_of_one_speaker(nlp: Language, text: str, speaker: str) -> None:
    statements = [s for s in extract_statements(parse(Article(id="t", text=text), nlp)) if s.kind == "direct"]
    assert [s.speaker.name if s.speaker else None for s in statements] == [speaker, speaker]
    assert all("\n" not in s.quote for s in statements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # diplomacy
            "Teodoro Vaz's office announced its decision to cancel the summit on Wednesday, hours after the "
            "Kestrian government "
            "said it would raise import duties.",
            [
                ("Teodoro Vaz", "announced its decision to cancel the summit on Wednesday"),  # his office: his voice
                ("Kestrian government", "it would raise import duties"),
            ],
        ),
        (  # business
            "Harlow Motors announced plans to cut 300 jobs, days after the union said it would strike.",
            [("Harlow Motors", "announced plans to cut 300 jobs"), (None, "it would strike")],
        ),
        (  # sport
            "Coach Mara Ellison urged her players to stay calm after the referee said the match would be replayed.",
            [("Mara Ellison", "urged her players to stay calm"), (None, "the match would be replayed")],
        ),
    ],
)
def test_a_second_voice_beside_an_act_is_its_own_statement(
    nlp: Language, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert said(nlp, text) == expected
