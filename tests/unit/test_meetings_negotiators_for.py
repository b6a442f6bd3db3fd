"""MEETINGS: "negotiators for X and the Y union resumed talks": the people stand for the bodies after "for",
"of" or "from", the second one named with its own body word after its name; a company whose name opens with a
person's title word ("General X Corp") is that company, not a general. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.readers import side_names, speakers

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Negotiators for Brandt Steel Corp and the Allied Metalworkers union resumed talks on Monday.",
     {"Brandt Steel Corp", "Allied Metalworkers union"}),
    ("Officials from Dunmore Mining Ltd and the Pellow Miners union held talks on Tuesday.",
     {"Dunmore Mining Ltd", "Pellow Miners union"}),
    ("Representatives of Carradine Airlines and the Tolliver Pilots association met on Friday.",
     {"Carradine Airlines", "Tolliver Pilots association"}),
    ("Negotiators for General Tessel Corp and the Allied Metalworkers union resumed talks on Monday.",
     {"General Tessel Corp", "Allied Metalworkers union"}),
])
def test_people_for_two_bodies_are_the_bodies(run, text: str, sides: set[str]) -> None:
    (meeting,) = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


def test_title_word_opening_a_company_name_stays_the_company(run) -> None:
    (meeting,) = run("General Harbor Inc and Orwell Holdings held talks on Monday.")
    assert side_names(meeting) == {"General Harbor Inc", "Orwell Holdings"}


def test_titled_person_stays_a_person(nlp: Language) -> None:
    assert speakers(nlp, 'General Miriam Kestler said the talks went well.') == ["Miriam Kestler"]


def test_one_body_rejecting_an_offer_is_no_meeting(run) -> None:
    text = "Negotiators for Brandt Steel Corp and the Allied Metalworkers union rejected the offer on Monday."
    assert run(text) == []


def test_company_named_long_then_short_does_not_meet_itself(run) -> None:
    text = ("Larkspur Tools Inc posted higher sales on Friday.\n\n"
            "Larkspur Tools announced it will hold a yearly stockholders meeting on May 6.")
    assert not any(sum("Larkspur" in p.name for p in m.participants) >= 2 for m in run(text))


def test_company_named_short_still_meets_another(run) -> None:
    text = ("Larkspur Tools Inc posted higher sales on Friday.\n\n"
            "Larkspur Tools said it held talks with Orwell Holdings on Friday.")
    (meeting,) = run(text)
    assert side_names(meeting) == {"Larkspur Tools Inc", "Orwell Holdings"}
