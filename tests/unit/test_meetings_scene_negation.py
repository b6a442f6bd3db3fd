"""A denial on the verb an encounter is the scene of ("in talks with X, she did not promise a rise") denies what
was done there, not the encounter; being at it or taking part in it keeps its negation."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)  # a Thursday


@pytest.mark.parametrize(("text", "pair"), [
    # labour
    ("In talks with union leader Ana Ruiz on Monday, Mayor Lena Ostrova did not promise a pay rise.",
     {"Ana Ruiz", "Lena Ostrova"}),
    # diplomacy
    ("In his meetings with Prime Minister Ana Ruiz, Ivo Brandt has not sought any changes, aides say.",
     {"Ana Ruiz", "Ivo Brandt"}),
    # sport
    ("At a meeting with club chairman Ivo Brandt, coach Ruth Ambling did not raise the transfer budget.",
     {"Ivo Brandt", "Ruth Ambling"}),
    # business
    ("During talks with Eastvale Steel chief Tomas Velder, Acme president Ines Parro did not mention the layoffs.",
     {"Tomas Velder", "Ines Parro"}),
])
def test_denial_of_what_was_done_at_the_encounter_keeps_it(run, text, pair):
    found = run(text)
    assert any(pair <= side_names(m) and m.status == "held" for m in found)


@pytest.mark.parametrize("text", [
    "Ivo Brandt did not take part in the talks with Ana Ruiz.",
    "Ivo Brandt did not participate in talks with the Eastvale Steel Company.",
    "Ivo Brandt was not at the meeting with Ana Ruiz.",
    "Coach Ruth Ambling did not show up at the meeting with club chairman Ivo Brandt.",
    "Ivo Brandt did not meet Ana Ruiz during the summit.",
    "No talks with Ana Ruiz were held during the visit of Ivo Brandt.",
])
def test_not_being_there_is_still_no_encounter(run, text):
    assert not any(len(m.participants) > 1 for m in run(text))
