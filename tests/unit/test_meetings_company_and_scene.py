"""MEETINGS: people who come with a side, bodies described but never named, and places the story set.

Companions told by a participle or a witness phrase ("A, accompanied by C, met B", "met B, joined by C",
"in the presence of C") and "the meeting was attended by C" attend the encounter; a place hung on a
passive's agent ("was received by X in Y") is the encounter's; a body the article describes but never
names ("the nurses' union") is a side as written; an encounter that names no place is where a side had
just travelled in the sentence before, a bare "the capital" is the capital of the country last named, and
"Y-hosted talks" are held in Y. Every name is invented.
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
    return lambda text: extract_meetings(parse(Article(id="c", text=text, published_at=PUBLISHED), nlp))


def names(meeting: Meeting) -> set[str]:
    return {p.name for p in meeting.participants}


def place(meeting: Meeting) -> str | None:
    return meeting.location.name if meeting.location else None


COMPANIONS = [
    # a participle on the subject
    ("Trade Minister Helga Brandvold, accompanied by Rui Tavares, met Samir Haddad in Oslo on Tuesday.",
     {"Helga Brandvold", "Rui Tavares", "Samir Haddad"}),
    ("Coach Bruno Menezes, flanked by Joanna Wierzbicka and Tomas Brandt, met Ravi Shankar on Friday.",
     {"Bruno Menezes", "Joanna Wierzbicka", "Tomas Brandt", "Ravi Shankar"}),
    # a participle after the clause
    ("Mayor Alma Reyes met Dieter Falk at the town hall on Monday, joined by Priya Raman.",
     {"Alma Reyes", "Dieter Falk", "Priya Raman"}),
    ("Chief executive Tomas Brandt met Samir Haddad in Lyon on Monday, accompanied by Helga Brandvold.",
     {"Tomas Brandt", "Samir Haddad", "Helga Brandvold"}),
    # a witness phrase
    ("Professor Ravi Shankar met Dieter Falk in the presence of Alma Reyes on Thursday.",
     {"Ravi Shankar", "Dieter Falk", "Alma Reyes"}),
    # who acts with a side
    ("Energy Minister Carla Neves, along with Rui Tavares, met Samir Haddad in Porto on Tuesday.",
     {"Carla Neves", "Rui Tavares", "Samir Haddad"}),
    ("Coach Bruno Menezes met Dieter Falk alongside Alma Reyes on Friday.",
     {"Bruno Menezes", "Dieter Falk", "Alma Reyes"}),
    ("Professor Ravi Shankar, together with Helga Brandvold, held talks with Tomas Brandt on Monday.",
     {"Ravi Shankar", "Helga Brandvold", "Tomas Brandt"}),
    # the meeting told, then who attended it
    ("Union leader Rui Tavares met Samir Haddad on Tuesday. The talks were attended by Alma Reyes.",
     {"Rui Tavares", "Samir Haddad", "Alma Reyes"}),
]


@pytest.mark.parametrize(("text", "expected"), COMPANIONS)
def test_companions_attend_the_encounter(run, text, expected):
    meetings = run(text)
    assert [names(m) for m in meetings] == [expected]


BODIES = [  # a body described but never named is a side as written
    ("Dalmont Steel held talks with the steelworkers' union on Tuesday.", "steelworkers' union"),
    ("The health ministry met the nurses' union on Friday.", "nurses' union"),
    ("Harlow Council met the regional transport authority on Monday.", "regional transport authority"),
]


@pytest.mark.parametrize(("text", "body"), BODIES)
def test_a_described_body_is_a_side(run, text, body):
    meetings = run(text)
    assert len(meetings) == 1
    assert body in names(meetings[0])
    assert len(meetings[0].participants) == 2


def test_a_bare_body_word_is_no_side(run):
    """"the union" with no description and no name before says too little: no encounter of one side."""
    assert run("Dalmont Steel held talks with the union on Tuesday.") == []


PLACES = [
    # a place on a passive's agent
    ("Foreign Minister Helga Brandvold was received by Samir Haddad in Lisbon on Tuesday.", "Lisbon"),
    ("Coach Bruno Menezes was received by Mayor Alma Reyes in Valencia on Friday.", "Valencia"),
    # a side's trip in the sentence before
    ("Health Minister Alma Reyes arrived in Nairobi on Monday. She met Dieter Falk on Tuesday.", "Nairobi"),
    ("Chief executive Tomas Brandt flew to Rotterdam on Sunday. He held talks with Rui Tavares on Monday.",
     "Rotterdam"),
    ("Coach Bruno Menezes travelled to Lyon on Monday. He sat down with Dieter Falk on Tuesday.", "Lyon"),
    # a bare "the capital" after the country named
    ("Professor Ravi Shankar arrived in Kenya on Monday. He met Helga Brandvold in the capital on Tuesday.",
     "Nairobi"),
    ("Mayor Alma Reyes landed in Portugal on Sunday. She met Samir Haddad in the capital on Monday.", "Lisbon"),
    # the participle that holds the talks, the trip the verb is set in, the visit under way
    ("The talks between Mayor Alma Reyes and Dieter Falk, held in Lyon on Tuesday, lasted two hours.", "Lyon"),
    ("On a visit to Nairobi, Professor Ravi Shankar met Helga Brandvold on Monday.", "Nairobi"),
    ("Chief executive Tomas Brandt, who is visiting Lisbon, held talks with Rui Tavares on Monday.", "Lisbon"),
    # a place hung on the leader of the delegation received
    ("Mayor Alma Reyes received a delegation led by Samir Haddad in Lisbon on Tuesday.", "Lisbon"),
    # the host place of the talks
    ("Union leader Rui Tavares and Tomas Brandt took part in Portugal-hosted talks on Tuesday.", "Portugal"),
    ("Helga Brandvold and Samir Haddad resumed Kenya-hosted negotiations on Monday.", "Kenya"),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_place_of_the_encounter(run, text, expected):
    meetings = run(text)
    assert len(meetings) == 1
    assert place(meetings[0]) == expected


NO_PLACE = [
    # a call has no common place, whatever trip came before
    "Health Minister Alma Reyes arrived in Nairobi on Monday. She spoke with Dieter Falk by phone on Tuesday.",
    # the trip of someone who is no side
    "Ravi Shankar arrived in Nairobi on Monday. Helga Brandvold met Samir Haddad on Tuesday.",
    # a trip told two sentences before is another scene
    "Mayor Alma Reyes arrived in Lyon on Monday. The council debated the budget. "
    "On Friday she met Tomas Brandt.",
    # "the capital" after a city names no country
    "Mayor Alma Reyes arrived in Lyon on Monday. She met Tomas Brandt in the capital on Tuesday.",
    # a past trip of the subject is another scene
    "Chief executive Tomas Brandt, who visited Lisbon last year, held talks with Rui Tavares on Monday.",
    # a body as host places nothing
    "Helga Brandvold and Samir Haddad took part in UN-hosted talks on Tuesday.",
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_place_is_guessed(run, text):
    meetings = run(text)
    assert len(meetings) == 1
    assert place(meetings[0]) is None


ROLES_NAMED_NEXT = [  # a lede's bare role is the one person the next sentence gives that office, its field added
    ("The minister met Samir Haddad on Tuesday. Labour Minister Alma Reyes said the talks were useful.",
     {"Alma Reyes", "Samir Haddad"}),
    ("The manager held talks with Dieter Falk on Friday. Club manager Rui Tavares said they went well.",
     {"Rui Tavares", "Dieter Falk"}),
    ("The secretary met Helga Brandvold on Monday. Health Secretary Tomas Brandt called the meeting useful.",
     {"Tomas Brandt", "Helga Brandvold"}),
]


@pytest.mark.parametrize(("text", "expected"), ROLES_NAMED_NEXT)
def test_a_role_is_its_holder_named_next(run, text, expected):
    meetings = run(text)
    assert [names(m) for m in meetings] == [expected]


def test_a_ranked_title_is_another_office(run):
    """"Vice President X" does not hold "the president": the role stays as written."""
    meetings = run("The president met Samir Haddad on Tuesday. Vice President Alma Reyes said the talks were useful.")
    assert [names(m) for m in meetings] == [{"president", "Samir Haddad"}]
