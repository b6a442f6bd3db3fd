"""MEETINGS: talks carried on, and talks one side is ordered to hold, on every beat.

- a verb of phase on the meeting noun ("continued talks with Y", "is continuing talks with Y") holds the talks
  as "resumed talks with Y" does: its subject is a side, and the talks are under way (held) or, with a modal,
  planned;
- "ordered X to meet Y", "instructed X to hold talks with Y": the one ordered acts, not the one who orders, and
  an ordered encounter is still to come (planned); an ordered payment ("to meet the costs") is no encounter.
Every sentence is invented; publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def _meetings(nlp, text):
    return extract_meetings(parse(Article(id="t", text=text, published_at=PUBLISHED), nlp))


def _names(meeting):
    return {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    ("beat", "text", "sides", "status"),
    [
        ("labour", "Dalby Foods is continuing talks with the Bakers Union over the pay freeze.",
         {"Dalby Foods", "Bakers Union"}, "held"),
        ("sport", "Kestrel Rovers continued talks with the Players Association on Tuesday over the new contracts.",
         {"Kestrel Rovers", "Players Association"}, "held"),
        ("diplomacy", "Chile continued talks with the European Commission on Monday over fishing quotas.",
         {"Chile", "European Commission"}, "held"),
        ("business", "Nakamura Motors will continue talks with Orkney Capital next week.",
         {"Nakamura Motors", "Orkney Capital"}, "planned"),
    ],
)
def test_talks_carried_on_are_held_by_the_subject(nlp, beat, text, sides, status):
    [meeting] = _meetings(nlp, text)
    assert _names(meeting) == sides, beat
    assert meeting.status == status, beat


@pytest.mark.parametrize(
    ("beat", "text", "sides"),
    [
        ("courts", "Judge Amara Okafor ordered Delacroix Pharma to meet the Patients Alliance.",
         {"Delacroix Pharma", "Patients Alliance"}),
        ("courts", "The tribunal ordered Delacroix Pharma and the Patients Alliance to enter mediation.",
         {"Delacroix Pharma", "Patients Alliance"}),
        ("labour", "The commission has ordered Sunbird Airways to resume talks with the Engineers Federation on "
         "Monday.", {"Sunbird Airways", "Engineers Federation"}),
        ("health", "The ministry instructed the Riverside Hospital Trust to hold talks with the Nurses Guild.",
         {"Riverside Hospital Trust", "Nurses Guild"}),
        ("mining", "Judge Tomasz Nowak directed Boateng Gold to negotiate with the Mineworkers Union.",
         {"Boateng Gold", "Mineworkers Union"}),
    ],
)
def test_the_one_ordered_to_meet_is_a_side_and_the_meeting_is_to_come(nlp, beat, text, sides):
    [meeting] = _meetings(nlp, text)
    assert _names(meeting) == sides, beat
    assert meeting.status == "planned", beat


@pytest.mark.parametrize(
    "text",
    [
        "The court ordered Delacroix Pharma to meet the costs of the appeal.",
        "The regulator ordered Quantia Systems to meet its targets by June.",
        "Judge Amara Okafor ordered a review of the settlement.",
    ],
)
def test_an_order_to_meet_a_cost_is_no_encounter(nlp, text):
    assert _meetings(nlp, text) == []
