"""MEETINGS that are one body's own business: a chief convening or meeting his own officials ("called a
crisis meeting of the chiefs of the rescue services", "chaired a meeting of his security chiefs", "met her
department heads") has no other side. Peers told as someone's ("her Chinese counterparts") and named heads
convened ("the heads of Acme Foods and Bolt Motors") stay sides. A speaker's clause that only looks like a
report ("I called ..., the cabinet will meet") does not make a meeting of its subjects. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "text",
    [
        # national politics: an earlier named rival is not whom he convened
        "Premier Anil Kapoor blamed rebel leader Youssef Benali for the fires. He summoned a crisis meeting of "
        "the chiefs of the rescue services on Monday.",
        # local politics
        "Mayor Lucia Ferreira criticised developer Tomas Lindqvist. She then called an emergency meeting of the "
        "heads of the city departments.",
        # security
        "President Tendai Moyo chaired a meeting of his security chiefs on Thursday.",
        # government department
        "Interior Minister Olga Petrova met her department heads in Minsk.",
        # sport
        "Coach Marta Silva met her assistant coaches on Monday.",
        # a speaker's own clause before the cabinet's session
        'Premier Anil Kapoor blamed rebel leader Youssef Benali for the blackout. "I called a crisis meeting of the '
        'chiefs of all the rescue services and tonight the cabinet will sit, the ministers will meet to decide our '
        'response," he told reporters.',
    ],
)
def test_a_chief_with_his_own_officials_is_no_meeting(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # diplomacy: counterparts are peers though told as hers
        ("Foreign Minister Elif Demir met her Chinese counterparts in Beijing on Monday.",
         {"Elif Demir", "her Chinese counterparts"}),
        # business: named heads convened
        ("Chancellor Rui Costa convened a meeting of the heads of Acme Foods and Bolt Motors on Friday.",
         {"Rui Costa", "Acme Foods", "Bolt Motors"}),
        # health: a described group with no owner stays a side
        ("Health Minister Sara Lind met hospital cleaners in Malmo on Tuesday.", {"Sara Lind", "hospital cleaners"}),
    ],
)
def test_peers_and_named_heads_stay_sides(run, text, sides):
    assert any(sides <= side_names(m) for m in run(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # courts / inquiry
        ("Auditor Lena Park says she sat down with Corvane on May 2. Corvane chairman Rob Tanaka and "
         "finance director Ana Silva were present at that session.",
         {"Lena Park", "Corvane", "Rob Tanaka", "Ana Silva"}),
        # sport
        ("Coach Eli Stone met sponsor Dara Quinn on Monday. Captain Mia Hart and striker Luis Vega were at the "
         "meeting.", {"Eli Stone", "Dara Quinn", "Mia Hart", "Luis Vega"}),
        # local politics
        ("Mayor Ines Toledo held talks with Councillor Ravi Shah in Leeds on Friday. Aides Tom Brink and Yara Said "
         "were at the talks.", {"Ines Toledo", "Ravi Shah", "Tom Brink", "Yara Said"}),
    ],
)
def test_people_placed_at_the_meeting_told_attend_it(run, text, sides):
    [meeting] = run(text)
    assert side_names(meeting) == sides
