""""X met on Tuesday with Y, a Z, to discuss W": the small model may read Y as the subject of "discuss" and leave
"with" without its object (or make it the clause's marker); the name right after "with" is the counterpart."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)  # a Thursday


@pytest.mark.parametrize(("text", "pair"), [
    ("Mayor Lena Ostrova met on Tuesday with union leader Ana Ruiz, a veteran organiser, to discuss the strike.",
     {"Lena Ostrova", "Ana Ruiz"}),
    ("Mayor Lena Ostrova met yesterday with council leader Ana Ruiz, a Labour veteran, to discuss the budget.",
     {"Lena Ostrova", "Ana Ruiz"}),
    ("Coach Ruth Ambling met this morning with club chairman Ivo Brandt, a former striker, to discuss the budget.",
     {"Ruth Ambling", "Ivo Brandt"}),
    ("Acme chief Ines Parro met late on Friday with Eastvale Steel president Tomas Velder to discuss a merger.",
     {"Ines Parro", "Tomas Velder"}),
])
def test_the_name_after_with_is_the_counterpart(run, text, pair):
    assert any(pair <= {p.name for p in m.participants} for m in run(text))


@pytest.mark.parametrize("text", [
    "Dr Ana Ruiz met with colleagues to discuss the vaccine trial.",
    "Dr Ana Ruiz agreed, with Professor Ivo Brandt due to review the data, to delay the trial.",
])
def test_no_name_after_with_adds_no_side(run, text):
    assert not any(len(m.participants) > 1 for m in run(text))
