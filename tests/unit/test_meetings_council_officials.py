"""MEETINGS with the officials of a council or a government's body as a side.

"officials of the Ferrow county council": the small model leaves a council named by a place before "county
council" unlabelled and hangs the place's name on "county"; the council is still the side. In "talks between the
government and officials of the council" it hangs "of the council" on "government", across the conjunct. All
councils, governments, firms and clubs are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


def sides(meeting: Meeting) -> set[str]:
    return {p.name for p in meeting.participants}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # local politics: a government with a council's officials, both orders
        ("Talks between the Norland government and officials of the Ferrow county council took place on Monday.",
         {"Norland government", "Ferrow county council"}),
        ("Officials of the Ferrow county council met the Norland government on Monday.",
         {"Ferrow county council", "Norland government"}),
        # sport: a club and a council's officials
        ("Talks between the Dalby Athletic club and officials of the Ferrow county council took place on Friday.",
         {"Dalby Athletic club", "Ferrow county council"}),
        # health: a ministry holding talks with a council's officials
        ("The Ministry of Health held talks with officials of the Brask district council on Monday.",
         {"Ministry of Health", "Brask district council"}),
        # business: a ministry and a firm's officials, the "of" hung on the ministry
        ("Talks between the Ministry of Health and officials of Pellow Instruments Ltd took place on Monday.",
         {"Ministry of Health", "Pellow Instruments Ltd"}),
    ],
)
def test_officials_of_a_council_are_the_council(run, text, expected):
    [meeting] = run(text)
    assert sides(meeting) == expected


def test_government_of_a_place_is_one_side(run):
    # must not fire: "the government of X" with no other side is no meeting
    assert run("Officials of the government of the Ferrow county council said on Monday that costs had risen.") == []
