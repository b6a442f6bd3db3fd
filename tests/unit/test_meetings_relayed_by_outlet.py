"""MEETINGS of "the two sides" told after a sentence whose only other name is the outlet that relays someone's
words ("was quoted by X as saying", "according to X"): the outlet takes no side, so the sides are those of the
dispute told before it.

Every sentence is invented. Publication date: Wednesday 2026-03-04.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "sides"), [
    ("Norway's quarrel with Iceland over fishing quotas deepened on Monday.\n\n\"Norway wants a fair deal,\" the "
     "minister was quoted by the Coastal Press Agency as saying.\n\nNorway will ask for urgent talks, and the two "
     "sides are expected to meet next week, officials said.", {"Norway", "Iceland"}),
    ("Harbor Foods is locked in a dispute with Kestrel Partners over unpaid fees.\n\n\"Harbor Foods is owed "
     "money,\" the chief executive was quoted by the Daily Ledger as saying.\n\nThe company said it would seek talks "
     "and the two sides are due to meet on Friday.", {"Harbor Foods", "Kestrel Partners"}),
    ("Chile's row with Peru over the border flared again.\n\nChile is ready to talk, the foreign minister said, "
     "according to Andes Radio.\n\nChile will request talks and the two sides are expected to meet next month, "
     "officials said.", {"Chile", "Peru"}),
])
def test_the_outlet_is_no_side(run, text: str, sides: set[str]) -> None:
    [meeting] = run(text)
    assert side_names(meeting) == sides


@pytest.mark.parametrize("text", [
    "\"We are ready,\" the minister was quoted by the Coastal Press Agency as saying.\n\nShe did not say when.",
    "The two sides have not met for years, the Evening Courier said.",
    "The mayor was quoted by Metro Radio as saying she would never meet the union.",
])
def test_no_encounter_is_no_meeting(run, text: str) -> None:
    assert run(text) == []
