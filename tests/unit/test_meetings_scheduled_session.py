"""Peers due, expected or set to meet among themselves hold a session of their own, as when told they met."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("text, side, day", [
    ("Nordic fishery chiefs were due to gather on Monday to end the quota row.", "Nordic fishery chiefs",
     "Monday"),
    ("Rival league team owners are expected to gather on Friday to review the transfer rules.",
     "Rival league team owners", "Friday"),
    ("Polar research directors are set to meet next week to divide the new budget.",
     "Polar research directors", "next week"),
])
def test_scheduled_session_of_peers(run, text, side, day):
    found = run(text)
    assert [[p.name for p in m.participants] for m in found] == [[side]]
    assert found[0].status == "planned"
    assert found[0].date is not None and found[0].date.text == day


@pytest.mark.parametrize("text, side", [
    ("Nordic fishery chiefs were unable to gather on Monday.", "Nordic fishery chiefs"),
    ("Rival league team owners refused to gather on Friday.", "Rival league team owners"),
    ("Polar research directors are set to meet the auditor next week.", "Polar research directors"),
    ("The families of the trawler crew are expected to gather on Sunday.", "The families of the trawler crew"),
])
def test_no_session_of_peers_alone(run, text, side):
    assert not any([p.name for p in m.participants] == [side] for m in run(text))
