"""MEETINGS: sides the sentence of the encounter leaves elsewhere.

Attendees told apart from the encounter ("with C also due to attend", "C was also at the meeting", "C sat in
on the talks"); people who belong to a group that meets ("X was part of a delegation which met Y", "X led a
team that met Y"); and a lede that reports on an encounter whose sides the next sentence tells. Every name is
invented; each construction is tried on several beats.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def run(nlp):
    """The meetings of one invented article, on the session's model."""
    return lambda text: extract_meetings(parse(Article(id="s", text=text, published_at=PUBLISHED), nlp))


def names(meeting: Meeting) -> set[str]:
    return {p.name for p in meeting.participants}


ONE_ENCOUNTER = [  # each text tells one encounter, with these sides
    # an absolute "with" clause adds who is due to come
    ("Mayor Henrik Dahl will meet Rosa Quintero in Tarragona next week, with Olusegun Bamidele also due to "
     "attend.", {"Henrik Dahl", "Rosa Quintero", "Olusegun Bamidele"}),
    ("Coach Priya Venkataraman will meet club owner Tomasz Wierzbicki on Friday, with Kofi Asante expected to "
     "attend.", {"Priya Venkataraman", "Tomasz Wierzbicki", "Kofi Asante"}),
    ("Chief executive Lena Forsberg met Omar Haddad on Monday, with Jonas Birkeland also attending.",
     {"Lena Forsberg", "Omar Haddad", "Jonas Birkeland"}),
    # one more person at the encounter told before
    ("Foreign Minister Ana Ribeiro met Yusuf Demir on Tuesday. Kofi Asante was also at the meeting.",
     {"Ana Ribeiro", "Yusuf Demir", "Kofi Asante"}),
    ("Union leader Carlos Mendes met Ingrid Solberg on Tuesday. Olusegun Bamidele sat in on the talks.",
     {"Carlos Mendes", "Ingrid Solberg", "Olusegun Bamidele"}),
    ("Councillor Henrik Dahl held talks with Rosa Quintero on Monday. Jonas Birkeland also attended the meeting.",
     {"Henrik Dahl", "Rosa Quintero", "Jonas Birkeland"}),
    # a member or leader of a group that meets is a side
    ("Trade Minister Ana Ribeiro was part of a trade delegation that held talks with Yusuf Demir in Tarragona on "
     "Tuesday.",
     {"Ana Ribeiro", "Yusuf Demir"}),
    ("Coach Priya Venkataraman led a delegation that met Tomasz Wierzbicki on Friday.",
     {"Priya Venkataraman", "Tomasz Wierzbicki"}),
    ("Professor Lena Forsberg, who headed a team which met Omar Haddad in Bergen on Monday, said the talks "
     "were useful.", {"Lena Forsberg", "Omar Haddad"}),
    ("Union official Carlos Mendes was among a delegation that held talks with Ingrid Solberg on Tuesday.",
     {"Carlos Mendes", "Ingrid Solberg"}),
]


@pytest.mark.parametrize(("text", "sides"), ONE_ENCOUNTER)
def test_sides_told_apart_from_the_encounter(run, text: str, sides: set[str]) -> None:
    meetings = run(text)
    assert [names(m) for m in meetings] == [sides]


REPORTED_THEN_TOLD = [  # a lede reports on an encounter; the next sentence tells who met: one encounter
    ("Dalmont Steel insisted the wage offer was final, the Steel Workers Federation said after "
     "talks in Leeds on Tuesday. Labour Minister Ana Ribeiro was part of a team that met Yusuf Demir.",
     {"Dalmont Steel", "Steel Workers Federation", "Ana Ribeiro", "Yusuf Demir"}),
    ("Officials at the Orlan Institute insisted the telescope budget was fixed, the Space Researchers Guild said "
     "after a session on Friday. Professor Lena Forsberg headed a team which met Omar Haddad.",
     {"Orlan Institute", "Space Researchers Guild", "Lena Forsberg", "Omar Haddad"}),
    ("The Harlow Athletic Club board insisted the stadium plan stood, the Harlow Supporters Trust said after talks "
     "on Monday. Councillor Rosa Quintero led a delegation that met Tomasz Wierzbicki.",
     {"Harlow Athletic Club", "Harlow Supporters Trust", "Rosa Quintero", "Tomasz Wierzbicki"}),
]


@pytest.mark.parametrize(("text", "sides"), REPORTED_THEN_TOLD)
def test_report_then_telling_is_one_encounter(run, text: str, sides: set[str]) -> None:
    meetings = run(text)
    assert len(meetings) == 1
    assert sides <= names(meetings[0])


def test_two_encounters_told_in_turn_stay_apart(run) -> None:
    """Two meetings with no side in common, neither reported on from outside: two encounters."""
    meetings = run("Foreign Minister Ana Ribeiro met Yusuf Demir on Tuesday. Trade Minister Carlos Mendes met "
                   "Ingrid Solberg on the same day.")
    assert sorted(map(sorted, map(names, meetings))) == [["Ana Ribeiro", "Yusuf Demir"],
                                                          ["Carlos Mendes", "Ingrid Solberg"]]


def test_a_lone_person_at_a_meeting_with_nothing_told_before_is_no_encounter(run) -> None:
    assert run("Kofi Asante was at the meeting, the agency said.") == []


CALLS = [  # a call whose side stands outside the call's noun phrase: sides and channel
    ("Coach Priya Venkataraman joined club owner Tomasz Wierzbicki on a video call on Tuesday.",
     {"Priya Venkataraman", "Tomasz Wierzbicki"}, "video"),
    ("Mayor Henrik Dahl joined Rosa Quintero and Kofi Asante on a conference call on Monday.",
     {"Henrik Dahl", "Rosa Quintero", "Kofi Asante"}, "phone"),
    ("Professor Lena Forsberg joined Omar Haddad on a phone call on Tuesday.", {"Lena Forsberg", "Omar Haddad"},
     "phone"),
    ("Union leader Carlos Mendes joined Ingrid Solberg at a meeting in Bergen on Friday.",
     {"Carlos Mendes", "Ingrid Solberg"}, "in_person"),
    ("During a call with Yusuf Demir on Tuesday, Foreign Minister Ana Ribeiro discussed the border.",
     {"Ana Ribeiro", "Yusuf Demir"}, "phone"),
    ("On a video call with Omar Haddad on Monday, chief executive Lena Forsberg said the merger would go ahead.",
     {"Lena Forsberg", "Omar Haddad"}, "video"),
    ("Councillor Rosa Quintero and Tomasz Wierzbicki spoke on a video call on Friday.",
     {"Rosa Quintero", "Tomasz Wierzbicki"}, "video"),
]


@pytest.mark.parametrize(("text", "sides", "mode"), CALLS)
def test_calls_with_a_side_outside_the_call(run, text: str, sides: set[str], mode: str) -> None:
    meetings = run(text)
    assert [(names(m), m.mode) for m in meetings] == [(sides, mode)]


UNNAMED_BODIES = [  # bodies the text never names are sides as written
    ("The union met management on Monday to discuss the pay offer.", {"union", "management"}),
    ("The federation met the sports ministry on Monday.", {"federation", "sports ministry"}),
    ("The club's board met the council on Tuesday over the stadium plan.", {"club's board", "council"}),
    ("The university met the research council on Thursday to discuss funding.", {"university", "research council"}),
    ("The hospital's management met the health ministry on Friday.", {"hospital's management", "health ministry"}),
    ("The works council met the company's directors on Monday.", {"works council", "company's directors"}),
    # a body the article names is named, not described
    ("The Corven Dockers Union rejected the offer. The union met the port authority's board again on Monday.",
     {"Corven Dockers Union", "port authority's board"}),
]


@pytest.mark.parametrize(("text", "sides"), UNNAMED_BODIES)
def test_unnamed_bodies_are_sides_as_written(run, text: str, sides: set[str]) -> None:
    assert [names(m) for m in run(text)] == [sides]


@pytest.mark.parametrize("text", [
    "The union met on Monday.",  # one body alone holds no encounter
    "Managers at the plant met the deadline on Monday.",  # a deadline is met, not a side
    "Harlow Athletic Club held talks with the council on Tuesday.",  # beside a named side a bare body is too little
])
def test_one_body_alone_is_no_encounter(run, text: str) -> None:
    assert run(text) == []


PEERS = [  # a group of peers that meets with no one else: one encounter, the group its only side
    ("EU foreign ministers met in Brussels on Monday to discuss the sanctions.", "EU foreign ministers", "Brussels"),
    ("Nordic finance ministers gathered in Oslo on Tuesday to discuss the budget rules.", "Nordic finance ministers",
     "Oslo"),
    ("The G7 leaders met on Friday.", "G7 leaders", None),
    ("Club owners met in Manchester on Thursday to discuss the broadcast deal.", "Club owners", "Manchester"),
    ("Climate scientists gathered in Uppsala on Monday to review the new data.", "Climate scientists", "Uppsala"),
]


@pytest.mark.parametrize(("text", "group", "place"), PEERS)
def test_peers_meeting_among_themselves(run, text: str, group: str, place: str | None) -> None:
    [meeting] = run(text)
    assert names(meeting) == {group}
    assert (meeting.location.name if meeting.location else None) == place


@pytest.mark.parametrize("text", [
    "The tour ends before a forum in Riga next month, where regional mayors will gather.",  # a backdrop
    "Officials met on Monday.",  # a bare "officials" says too little
    "Union leaders met the deadline on Monday.",  # a deadline is met, not a side
    "Health ministers gathered in Lima for the Andean Health Forum on Monday.",  # a named forum is the news
    "The two mayors agreed that their transport chiefs should talk before the summer.",  # people told elsewhere
    "The executives warmly welcomed the fund on Monday.",  # a bare body beside people told elsewhere
])
def test_no_encounter_of_peers(run, text: str) -> None:
    assert run(text) == []


@pytest.mark.parametrize(("text", "group", "place"), [
    ("Mayor Ana Ribeiro met senior managers of the holding group of the Corven shipyard in Leeds on Tuesday.",
     "senior managers of the holding group of the Corven shipyard", "Leeds"),
    ("Professor Lena Forsberg met senior researchers of the space agency in Bergen on Monday.",
     "senior researchers of the space agency", "Bergen"),
    ("Union leader Carlos Mendes met senior directors of the regional bus operator in Porto on Thursday.",
     "senior directors of the regional bus operator", "Porto"),
])
def test_a_described_group_is_named_without_its_place(run, text: str, group: str, place: str) -> None:
    """The place an inner phrase adds is the meeting's, not part of who the group is."""
    [meeting] = run(text)
    assert group in names(meeting)
    assert meeting.location is not None and meeting.location.name == place
