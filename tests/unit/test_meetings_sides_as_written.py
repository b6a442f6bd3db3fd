"""Sides as the article writes them, and a named person at a sitting body's session.

- a party sent under a body's name ("an Assembly team", "a Harbour Bank mission") is that party, the body's name in it;
- a committee told by whom it acts for ("the working committee for its lenders") keeps them in its name;
- a named person attending a named committee's or council's session meets that body ("will attend the Y Fund's
  Standing Committee meeting"); unnamed officials attending an association's meeting are an audience;
- a named person who told office holders gathered ("told transport ministers meeting in X") met them; telling "a
  meeting of analysts" or "the annual meeting" is a speech.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import meetings_in, side_names

MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def meetings(nlp):
    return lambda text: meetings_in(nlp, text, published=MONDAY)


@pytest.mark.parametrize(("text", "sides", "status"), [
    ("A Norland Assembly team is due to meet Prince Alon Vasko in Dorvane on Thursday.",  # diplomacy
     {"Norland Assembly team", "Alon Vasko"}, "planned"),
    ("A Harbour Bank team held talks with Finance Minister Ida Pell on Monday.",  # business
     {"Harbour Bank team", "Ida Pell"}, "held"),
    ("A European Parliament delegation will meet President Ona Lusk in Tallinn next week.",  # politics
     {"European Parliament delegation", "Ona Lusk"}, "planned"),
    ("Kelso Mining is negotiating with the working committee for its lenders on a new loan.",  # business
     {"Kelso Mining", "working committee for its lenders"}, "held"),
    ("The city of Brannock is in talks with the advisory committee for its bondholders over the debt.",  # local
     {"Brannock", "advisory committee for its bondholders"}, "held"),
    ("Finance Minister Lio Paske will travel to Geneva next week to attend the Widget Fund's Standing Committee "
     "meeting.", {"Lio Paske", "Widget Fund's Standing Committee"}, "planned"),  # finance
    ("Mayor Dana Ruel attended the Harbour Authority's Finance Committee meeting on Tuesday.",  # local politics
     {"Dana Ruel", "Harbour Authority's Finance Committee"}, "held"),
    ("Coach Ivo Marsh will attend the League Council meeting in Leeds on Friday, the club said.",  # sport
     {"Ivo Marsh", "League Council"}, "planned"),
    ("Dr Amara Feld attended the Regional Health Board session on Wednesday to discuss the clinic closures.",  # health
     {"Amara Feld", "Regional Health Board"}, "held"),
    ("Elsa Varn told transport ministers meeting in Ghent that the bloc would ease the rail ban.",  # transport
     {"Elsa Varn", "transport ministers"}, "held"),
    ("Trade Commissioner Olek Brandt told trade ministers meeting in Oslo that the tariff would be dropped.",  # trade
     {"Olek Brandt", "trade ministers"}, "held"),
])
def test_sides_as_written(meetings, text, sides, status):
    found = meetings(text)
    assert any(sides <= side_names(m) and m.status == status for m in found), [side_names(m) for m in found]


@pytest.mark.parametrize("text", [
    "Dairy officials attending the Cheesemakers Guild meeting in Tull said milk prices would fall.",
    "Chief executive Lena Ostrova told the annual meeting of Quarrell Steel Ltd that sales would rise.",
    "Acme Corp chairman Rand Tolle told a meeting of analysts that the company may buy back shares.",
    "Ana Ruiz and Tomas Reyna both attended the G7 summit in Tamsford on Tuesday.",
    "Mayor Tobin Reyes attended the opening of the new library on Saturday.",
    "A company official attending the Growers Association meeting said prices would rise.",
    "Professor Lena Drau told students meeting in the hall that the lecture was cancelled.",
])
def test_no_meeting(meetings, text):
    assert meetings(text) == []
