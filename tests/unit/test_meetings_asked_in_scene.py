"""MEETINGS whose sides are told in the clause the talks are the scene of: "A pressed B to cut prices during
talks", "A was unable to persuade B to scrap the levy during three rounds of talks", "after its inability to
persuade B ... during talks"; "A and B agreed on a timetable during talks" (the scene parsed onto the object). A country
named in full first and by another name later is one side under its first name.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Canada pressed Brazil to cut prices during talks on Friday.", {"Canada", "Brazil"}),
    ("Dunmore Labs was unable to persuade Pellow Instruments Ltd to scrap the levy during three rounds of "
     "negotiations which closed in Leventon on Thursday.", {"Dunmore Labs", "Pellow Instruments Ltd"}),
    ("The Sandhaven Opera urged the Ashby Musicians Guild to withdraw the claim during a meeting on Tuesday.",
     {"Sandhaven Opera", "Ashby Musicians Guild"}),
    ("A spokeswoman said Norway would keep up contacts after its inability to persuade Chile to withdraw the "
     "complaint during three days of negotiations that closed on Thursday.", {"Norway", "Chile"}),
    ("Brandt Steel Corp and Orwell Holdings Inc agreed on a timetable during talks in Leventon on Monday.",
     {"Brandt Steel Corp", "Orwell Holdings Inc"}),
])
def test_the_one_asking_in_the_talks_is_a_side(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides
    assert meeting.status == "held"


def test_a_country_keeps_the_name_told_first(run) -> None:
    [meeting] = run("The Netherlands announced new duties on Monday. Kenya pressed Holland to drop the duties "
                    "during talks on Friday.")
    assert side_names(meeting) == {"Kenya", "Netherlands"}


@pytest.mark.parametrize("text", [
    "Brandt Steel Corp bought back bonds during negotiations that finished in January.",
    "Brandt Steel Corp criticised Orwell Holdings Inc during a speech on Friday.",
])
def test_one_actor_or_no_talks_is_no_meeting(run, text: str) -> None:
    assert run(text) == []
