"""Denials the parse hides: "not all" of a group, doubt of a clause, and what is done to none or nothing.

- "not all states are convinced", "not every player was happy" report dissent: the predicate is denied
  even when the parse hangs "not" on the quantifier or the subject on the auxiliary;
- "not sure [it will help]", "not convinced [the deal is good]" doubt the clause, as "don't think" does;
- "fixes none of the problems", "solved nothing", "won none of its matches" deny the act, and so does
  "has yet to" what it is yet to do to its object ("has yet to repair the damaged bridge").

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "But not all states are convinced the plan will work.",  # politics
        "Not all European leaders are enthusiastic about the treaty.",  # international
        "Not everybody is impressed with the museum's new wing.",  # culture
        "Not all teachers are convinced the new curriculum will help.",  # education
        "We are not sure the new rules will help, said Coach Tomasz Nowak.",  # sport, doubt of a clause
        "The minister is not convinced the deal is good for farmers.",  # farming
    ],
)
def test_dissent_and_doubt_are_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The merger fixes none of the bank's problems.",  # business
        "The new contract resolves none of the disputes over pay.",  # labour
        "The budget eases none of the pressure on hospitals in Lagos.",  # health
        "The team won none of its away matches this season.",  # sport
        "The reform has improved nothing for nurses in Accra.",  # health
        "The review solved nothing for the farmers of Oaxaca.",  # farming
        "Engineers have yet to repair the damaged bridge near Kisumu.",  # local, not yet done
        "The ministry has yet to resolve the dispute with junior doctors.",  # health, not yet done
        "Officials have yet to lift the curfew in Kaduna.",  # international, not yet done
    ],
)
def test_an_act_done_to_none_or_nothing_is_not_done(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "All the teachers are convinced the new curriculum will help.",  # no denial
        "The audit found none of the errors reported last year.",  # the errors are denied
        "Detectives solved the murder of a shopkeeper in Lyon.",  # a harm undone
    ],
)
def test_without_a_denial_the_good_news_stands(statement_label, text):
    assert statement_label(text) == "positive"
