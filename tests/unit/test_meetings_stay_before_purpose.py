"""MEETINGS: a visit's length read as the subject of its purpose clause (round 40).

"X will visit C for two days to discuss its levy, with Y": the small model may hang "for" as the mark of the
purpose clause and make "a week" its subject, which lost the traveller and the plan. A span of time is no
subject; the traveller talks, and the visit's "will" makes the talks planned. Every name and place is invented.
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
        # business
        ("The ministry announced today Trade Minister Olav Brenner will visit Port Arven on May 4 for two days to "
         "discuss its budget, including the levy, with Commerce Secretary Dana Quill and other officials.",
         {"Olav Brenner", "Dana Quill"}),
        # sport
        ("Coach Ivo Pradel will visit Port Arven next month for three days to discuss its fixtures, including the "
         "cup, with federation president Lena Orr.", {"Ivo Pradel", "Lena Orr"}),
        # science
        ("Officials said chief scientist Nora Lindqvist would visit Port Arven next month for two weeks to "
         "discuss their trial, including its costs, with regulator Hal Bessing.", {"Nora Lindqvist", "Hal Bessing"}),
    ],
)
def test_stay_is_not_the_subject_of_the_talks(run: Callable[..., list[Meeting]], text: str,
                                              sides: set[str]) -> None:
    meetings = [m for m in run(text) if sides <= side_names(m)]
    assert len(meetings) == 1
    assert meetings[0].status == "planned"


def test_stay_with_no_one_to_meet_is_no_meeting(run: Callable[..., list[Meeting]]) -> None:
    assert run("Mayor Tomas Vell will visit the coast next month for a fortnight to see the harbours.") == []
