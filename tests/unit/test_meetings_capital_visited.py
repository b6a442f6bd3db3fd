"""A capital visited with no host named stands for its country, for the verb as for the noun ("will visit C", "a
visit to C"): the gold writes the country (ANNOTATING.md, "A visit to a country or capital"). A body's mission or
team that visits is the body that sends it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a Monday; `run` (conftest) dates the sentences by it


@pytest.mark.parametrize(("text", "sides"), [
    ("Finance officials said a Tarvel Fund mission would visit Lima next week to review the loan terms.",
     {"Tarvel Fund", "Peru"}),
    ("Deputy minister Ana Velsko will visit Nairobi on Thursday to discuss the grain accord, her office said.",
     {"Ana Velsko", "Kenya"}),
])
def test_a_capital_visited_is_its_country(run, text, sides):
    found = run(text)
    assert [side_names(m) for m in found] == [sides]


@pytest.mark.parametrize("text", [
    "Deputy minister Ana Velsko will visit Nairobi on Thursday to attend a conference on wildlife.",  # a gathering
    "Deputy minister Ana Velsko will visit Mombasa on Thursday to discuss the grain accord.",  # no capital
])
def test_no_host_for_a_gathering_or_a_city_that_is_no_capital(run, text):
    assert run(text) == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Trade Minister Ana Velsko is expected to fly to Nairobi tomorrow for talks on the grain accord.",
     {"Ana Velsko", "Kenya"}),
    ("Foreign Secretary Tomas Brell will travel to Lima in May for talks about fishing rights, his office said.",
     {"Tomas Brell", "Peru"}),
])
def test_an_office_holder_going_to_a_capital_for_talks_meets_its_country(run, text, sides):
    assert [side_names(m) for m in run(text)] == [sides]


@pytest.mark.parametrize("text", [
    "Kenyan Trade Minister Ana Velsko will fly back to Nairobi tomorrow for talks with farmers' leaders.",  # a side
    "Harlen Corp is sending two of its lawyers to Lima in May for talks about the mine.",  # a firm's errand
])
def test_no_country_for_talks_with_a_side_or_a_firms_errand(run, text):
    assert not any("Kenya" in side_names(m) or "Peru" in side_names(m) for m in run(text))
