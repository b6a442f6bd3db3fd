"""Who does a body's business at a sitting told with no other side: the agent of a passive act ("put to a vote by
the board at its meeting"), or a group of peers singled out by a word before it ("Tarvel farm ministers ... at a
meeting in May"). Either sits in a session of its own (eval/README.md, "Sessions of bodies")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a Monday; `run` (conftest) dates the sentences by it


@pytest.mark.parametrize(("text", "body", "status"), [
    ("Quarry Foods Inc said the pension plan is to be put to a vote by its board at its April meeting.",
     "Quarry Foods Inc board", "planned"),
    ("The levy was approved by the Dorvane council at a meeting on Tuesday, officials said.", "Dorvane council",
     "held"),
])
def test_the_agent_of_a_passive_act_at_a_sitting_is_in_session(run, text, body, status):
    found = run(text)
    assert [(side_names(m), m.status) for m in found] == [({body}, status)]


@pytest.mark.parametrize(("text", "group"), [
    ("Dealers believed that leading grain exporters had agreed at the Velsa meeting on a floor price.",
     "leading grain exporters"),
    ("Tarvel farm ministers, who must back the levy, are split and will settle it at a meeting in Velsa.",
     "Tarvel farm ministers"),
])
def test_peers_acting_at_a_sitting_are_a_group_in_session(run, text, group):
    assert [side_names(m) for m in run(text)] == [{group}]


@pytest.mark.parametrize("text", [
    "Two farm ministers told reporters at a meeting that the levy would stay.",  # a count, and words only
    "Ministers will settle the levy at a meeting in Velsa.",  # bare ministers may be anyone's
    "The plan was approved at a meeting on Tuesday, officials said.",  # no one named doing it
    "Tarvel farm ministers will settle the levy at a meeting with the growers' union.",  # another side is met
])
def test_no_group_session_for_words_a_count_bare_peers_or_another_side(run, text):
    assert [side_names(m) for m in run(text) if len(m.participants) == 1] == []


def test_an_organ_owned_twice_is_named_once(run):
    """"the state bank's board ... at its coming meeting": the owner written and its "its" are one."""
    text = ("The Tarvel central bank said rates would hold. The central bank's board expects to back the levy plan "
            "at its coming meeting on May 9.")
    names = [side_names(m) for m in run(text)]
    assert names == [{"Tarvel central bank board"}]
