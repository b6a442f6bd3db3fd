"""MEETINGS told by what the ministers of several countries settled together ("trade ministers of A and B agreed
to ..."), with no meeting word: the countries are the sides of an encounter held. One cabinet, business leaders,
a denial and a reported agreement stay out. Every person and place is invented or a country no news item here
names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from streams.enrich.model import Meeting
from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # trade: a plain subject
        ("Trade ministers of Chile and Ghana agreed on Friday to cut tariffs on copper wire.", {"Chile", "Ghana"}),
        # health: a fronted time and place, the list after its comma
        ("Last week in Orvale, health ministers of Kenya, Peru and Norway reaffirmed a pact to share vaccine stocks.",
         {"Kenya", "Peru", "Norway"}),
        # science: delegates from the countries
        ("Delegates from Austria and Poland reaffirmed their support for a shared telescope on Monday.",
         {"Austria", "Poland"}),
        # diplomacy: the countries' leaders
        ("Leaders of Sweden and Mexico agreed to open a joint consulate in Tessaly.", {"Sweden", "Mexico"}),
    ],
)
def test_ministers_of_several_countries_agreeing_met(run: Callable[..., list[Meeting]], text: str,
                                                     sides: set[str]) -> None:
    meetings = run(text)
    assert len(meetings) == 1
    assert side_names(meetings[0]) == sides
    assert meetings[0].status == "held"


@pytest.mark.parametrize(
    "text",
    [
        "Ministers in Kenya agreed to raise the school leaving age.",  # one cabinet
        "Business leaders of Chile and Ghana agreed to fund a port study.",  # not governments
        "The labour ministers of Austria and Poland have not agreed on a wage floor.",  # denied
        "Analysts said the farm ministers of Sweden and Mexico agreed to cut grain quotas.",  # only reported
        "The bank agreed to lend to exporters from Peru and Norway.",  # no ministers
    ],
)
def test_no_joint_agreement_of_governments(run: Callable[..., list[Meeting]], text: str) -> None:
    assert run(text) == []


def test_agreeing_to_meet_is_the_planned_meeting_only(run: Callable[..., list[Meeting]]) -> None:
    meetings = run("Trade ministers of Chile and Ghana agreed to meet next month in Orvale.")
    assert len(meetings) == 1
    assert meetings[0].status == "planned"
