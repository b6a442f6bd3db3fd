"""MEETINGS in a sentence that opens with another encounter: "After a call with X, Y met Z" is two encounters,
the call's other side the main clause's subject. The small model hangs that subject on X, reads "after his call"
as the verb's subject, or makes the participle's object the subject. All people and bodies are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def _encounters(meetings: list[Meeting]) -> list[tuple[tuple[str, ...], str]]:
    return sorted((tuple(sorted(p.name for p in m.participants)), m.mode) for m in meetings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomacy: the main subject hung on the call's counterpart as an apposition
        ("After a call with Prime Minister Arjun Rao, President Emil Novak met Foreign Minister Paulo Neves in "
         "Warsaw.",
         [({"Arjun Rao", "Emil Novak"}, "phone"), ({"Emil Novak", "Paulo Neves"}, "in_person")]),
        # sport: "after his call" read as the verb's subject
        ("After his call with club owner Hamid Rahimi, coach Diego Ferreira met the players' union on Friday.",
         [({"Diego Ferreira", "Hamid Rahimi"}, "phone"), ({"Diego Ferreira", "players' union"}, "in_person")]),
        # business: the participle's object read as the verb's subject, "by phone" as a passive's agent
        ("Before meeting Energy Minister Carla Rossi, the chief executive of Tessaly Bank, Omar Farouk, spoke by "
         "phone with Governor Peter Walsh.",
         [({"Carla Rossi", "Omar Farouk"}, "in_person"), ({"Omar Farouk", "Peter Walsh"}, "phone")]),
        # labour: who acts before talks with someone holds them
        ("Before talks with Orbis Mining, Labour Minister Erik Dahl met union leader Maya Singh.",
         [({"Erik Dahl", "Maya Singh"}, "in_person"), ({"Erik Dahl", "Orbis Mining"}, "in_person")]),
        # diplomacy: a span of time before "after" ("Hours after his talks"), the talks read as hung on it
        ("Hours after his talks with Chancellor Otto Brenner, President Carlos Lima flew to Rome to meet Prime "
         "Minister Giulia Conti.",
         [({"Carlos Lima", "Otto Brenner"}, "in_person"), ({"Carlos Lima", "Giulia Conti"}, "in_person")]),
        # local politics: "A day after"
        ("A day after her talks with Mayor Rosa Delgado, Governor Aisha Bello flew to Abuja to meet President "
         "Tunde Okafor.",
         [({"Aisha Bello", "Rosa Delgado"}, "in_person"), ({"Aisha Bello", "Tunde Okafor"}, "in_person")]),
        # health: "Minutes after", the second trip by road
        ("Minutes after his talks with Dr Yusuf Okafor, Health Minister Amara Diallo drove to Kano to meet "
         "hospital chiefs.",
         [({"Amara Diallo", "Yusuf Okafor"}, "in_person"), ({"Amara Diallo", "hospital chiefs"}, "in_person")]),
    ],
)
def test_fronted_encounter_and_main_encounter_are_two(run, text, expected):
    assert _encounters(run(text)) == sorted((tuple(sorted(sides)), mode) for sides, mode in expected)


@pytest.mark.parametrize(
    "text",
    [
        "After his talks with reporters, Mayor Nia Okoye left for the airport.",
        "Before any talks with the rebels, President Omar Bashir would need approval from parliament.",
        "After her regular calls with investors, chief executive Mira Shah often meets analysts.",
        "Hours after his press conference with Chancellor Otto Brenner, President Carlos Lima flew home.",
        "Hours after the match with the Rovers, coach Diego Ferreira flew to Madrid.",
    ],
)
def test_fronted_phrase_without_an_encounter_adds_none(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # diplomacy: "Days after" with a role, not a name, on the other side
        ("Days after her talks with the Peruvian premier, Chancellor Ingrid Solberg flew to Rome.",
         {"Ingrid Solberg", "Peruvian premier"}),
        # science: "Weeks after"
        ("Weeks after his talks with the health minister, Dr Kwame Asante resigned from the institute.",
         {"Kwame Asante", "health minister"}),
        # international: a counted span
        ("Three weeks after his talks with the Kenyan president, Foreign Minister Olu Adeyemi flew home.",
         {"Olu Adeyemi", "Kenyan president"}),
    ],
)
def test_a_role_met_in_a_fronted_phrase_is_the_subjects_counterpart(run, text, sides):
    assert [{p.name for p in m.participants} for m in run(text)] == [sides]


@pytest.mark.parametrize(
    "text",
    [
        # culture: the tour is called off, not the talks that came before
        "Two days after her talks with Arts Minister Keiko Sato, conductor Ingrid Dahl cancelled the tour.",
        # local politics: a vote put off after the meeting
        "After his meeting with Mayor Chiara Esposito, Governor Tomasz Wojcik postponed the budget vote.",
        # labour: "Following talks", a plan scrapped
        "Following talks with union leader Hemi Walker, Transport Minister Arjun Rao scrapped the fare rise.",
        # diplomacy: a call, then a visit called off
        "Hours after his call with Chancellor Greta Lindahl, President Rafael Acosta called off the trip to Lima.",
    ],
)
def test_what_is_called_off_after_an_encounter_is_something_else(run, text):
    found = [m for m in run(text) if not any(p.kind == "country" for p in m.participants)]  # a trip called off is
    assert found and all(m.status == "held" for m in found)  # a visit to its country called off, told apart


def test_what_is_called_off_before_an_encounter_may_be_it(run):
    found = run("Hours before talks with Mayor Chiara Esposito, Governor Tomasz Wojcik called them off.")
    assert [m.status for m in found] == ["cancelled"]


@pytest.mark.parametrize(
    "text",
    [
        # diplomacy: where the minister went after the talks is no place of theirs
        "Three weeks after his talks with the Ghanaian president, Foreign Minister Femi Bello returned to Lagos.",
        # business: a call, then a visit
        "Two days after her call with Chancellor Greta Lindahl, chief executive Sara Lind visited Stockholm.",
        # labour: "Following talks", a trip
        "Following talks with union leader Hemi Walker, Transport Minister Arjun Rao travelled to Leeds.",
    ],
)
def test_a_trip_after_an_encounter_is_not_its_place(run, text):
    found = run(text)
    assert found and all(m.location is None for m in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # health: what was said after the talks shares their place
        ("Health Minister Nomvula Dlamini said in Durban after talks with Dr Yusuf Okafor that the clinic would "
         "reopen.", "Durban"),
        # courts: a place told on the talks themselves
        ("After talks with Judge Helga Strand in Oslo, prosecutor Rahul Bose flew home.", "Oslo"),
    ],
)
def test_a_place_told_with_or_beside_the_encounter_stays(run, text, place):
    assert [m.location.name if m.location else None for m in run(text)] == [place]
