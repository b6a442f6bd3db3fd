"""Requests and duties. A request reported as "X asked Y to do Z": an addressee and a to-infinitive make "ask"
a speech act like "requested"; with no addressee ("asked to stay anonymous") it reports no request. What was
urged keeps its whole list of bare verbs ("to A, B and C"), though the parse hangs the later ones on the cue.
A speech verb a duty governs ("are required to pledge ...") says what must be said, not what was."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.quote, s.speaker.name if s.speaker else None) for s in found]


@pytest.mark.parametrize(
    "act",
    [
        "asked the museum to return the carved masks",
        "asked the judge to delay the hearing until May",
        "asked Norland to begin talks on its fishing policy and end quotas on cod",
    ],
)
def test_asking_an_addressee_to_act_is_a_request(nlp: Language, act: str) -> None:
    assert run(nlp, f"Minister Omar Kessel {act}.") == [(act, "Omar Kessel")]


@pytest.mark.parametrize(
    "text",
    [
        "The players asked to be excused from the dinner.",
        "Omar Kessel asked for more time.",
        "Rian Dolt asked his sister to the gala.",
        "Ilsa Fenn was asked to leave the chamber.",
        "The growers are likely to ask the board to lower the water charge.",
    ],
)
def test_asking_without_an_addressee_and_an_infinitive_is_no_request(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


def test_a_source_asking_to_stay_anonymous_keeps_only_the_report(nlp: Language) -> None:
    text = "A nurse, who asked to stay anonymous, said the ward was short of staff."
    assert [quote for quote, _ in run(nlp, text)] == ["the ward was short of staff"]


@pytest.mark.parametrize(
    "text",
    [
        "Clinics are now required to register their staff and pledge not to charge hidden fees.",
        "Landlords are obliged to declare that the flats are safe.",
    ],
)
def test_a_speech_verb_as_the_infinitive_of_a_duty_reports_nothing(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


def test_a_duty_named_inside_a_report_leaves_the_report(nlp: Language) -> None:
    text = "Dr Ana Vell said clinics are now required to register their staff."
    assert run(nlp, text) == [("clinics are now required to register their staff", "Ana Vell")]


@pytest.mark.parametrize(
    "act",
    [
        "urged the firm to raise wages, cut overtime and hire more nurses",
        "urged the gallery to lend the paintings, extend the show and lower the entry fee",
        "called on the ministry to fund rural clinics, train more midwives and publish waiting times",
        "urged the trust to fully re-open the short-stay beds, introduce night clinics and open the wards to a rota",
        "urged the agency to open the data, fund the lab or explain the cuts",
    ],
)
def test_a_list_of_bare_verbs_stays_with_the_act(nlp: Language, act: str) -> None:
    assert run(nlp, f"Mayor Ilsa Fenn {act}.") == [(act, "Ilsa Fenn")]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Coach Rian Dolt urged the players to rest, cut the session short and sent them home.",
            "urged the players to rest",
        ),
        ("Mayor Ilsa Fenn urged the council to wait, opened the fair and left.", "urged the council to wait"),
        ("Dr Ana Vell urged patients to stay home, and the clinic closed early.", "urged patients to stay home"),
    ],
)
def test_the_speakers_own_doings_after_the_act_stay_out(nlp: Language, text: str, act: str) -> None:
    assert [quote for quote, _ in run(nlp, text)] == [act]
