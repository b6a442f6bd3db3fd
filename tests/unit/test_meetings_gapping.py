"""MEETINGS told with one gapped verb: "A met B on Monday and C on Tuesday" is two encounters, each with its own
day and place. All people, bodies and places are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)  # a Thursday


def _by_day(meetings: list[Meeting]) -> dict[str, set[str]]:
    return {m.date.text: {p.name for p in m.participants} for m in meetings if m.date is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # business
        ("Finance Minister Aiko Tanaka met the governor of the central bank on Monday and the head of the "
         "Lumen Trust on Tuesday.",
         {"Monday": {"Aiko Tanaka", "governor of the central bank"},
          "Tuesday": {"Aiko Tanaka", "head of the Lumen Trust"}}),
        # labour
        ("Kwame Mensah, chief executive of Orbis Mining, met Energy Minister Sindre Aas on Monday and the Harbour "
         "Workers Union on Thursday.",
         {"Monday": {"Kwame Mensah", "Sindre Aas"}, "Thursday": {"Kwame Mensah", "Harbour Workers Union"}}),
        # sport
        ("Coach Diego Ferreira met club owner Hamid Rahimi on Tuesday and the players' union on Friday.",
         {"Tuesday": {"Diego Ferreira", "Hamid Rahimi"}, "Friday": {"Diego Ferreira", "players' union"}}),
        # health: the parse hangs the first day inside the second side's words
        ("Health Secretary Priya Raman met the Royal College of Nurses on Monday and hospital chiefs on Wednesday "
         "in Leeds.",
         {"Monday": {"Priya Raman", "Royal College of Nurses"}, "Wednesday": {"Priya Raman", "hospital chiefs"}}),
        # science
        ("Professor Chen Wei met officials of the Nordic Science Council on Monday and the rector of Halden "
         "University on Tuesday.",
         {"Monday": {"Chen Wei", "Nordic Science Council"}, "Tuesday": {"Chen Wei", "Halden University"}}),
    ],
)
def test_gapped_verb_tells_two_encounters(run, text, expected):
    assert _by_day(run(text)) == expected


def test_each_half_keeps_its_own_place(run):
    text = ("Foreign Minister Olu Adeyemi met his Ghanaian counterpart in Accra on Monday and the Togolese "
            "president in Lome on Tuesday.")
    places = {m.date.text: m.location.name for m in run(text) if m.date and m.location}
    assert places == {"Monday": "Accra", "Tuesday": "Lome"}


@pytest.mark.parametrize(
    "text",
    [
        "Minister Yusuf Demir met Chancellor Petra Lang on Monday and Tuesday in Vienna.",  # one encounter, two days
        "Minister Yusuf Demir met Chancellor Petra Lang in Vienna and Graz on Monday.",
        "Judge Tomas Novak met Prosecutor Leila Haddad in chambers on Monday and the court adjourned on Tuesday.",
        "Mayor Kenji Sato met developer Nadia Petrova on Monday and plans a vote on Thursday.",
    ],
)
def test_one_encounter_with_a_second_clause_or_setting_stays_one(run, text):
    [meeting] = run(text)
    assert meeting.date is not None and meeting.date.text == "Monday"
