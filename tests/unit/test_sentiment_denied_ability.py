"""A negated "be" with a predicate adjective denies the act the adjective takes.

The parse hangs "not" on the copula of "has not been able to rescue": the denial reached "able" but
not "save", so a failure to rescue read as a rescue. Not being able, willing or ready to do a thing
is not doing it. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The trust has not been able to rescue the old Ribeiro cinema.",  # culture
        "The Dunmore side has not been able to win a single away match this season.",  # sport
        "Rescuers were not able to rescue the climbers before nightfall.",  # local, emergencies
        "Quillon Foods was not able to secure new funding for its bakery.",  # business
        "The clinic in Kilifi will not be able to help patients after March.",  # health
        "The council is not willing to support the housing plan for Ashgrove.",  # local politics
        "Wardens were not able to protect the nesting sites on Lake Naivasha.",  # environment
    ],
)
def test_not_able_to_do_a_good_thing_is_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The trust has been able to rescue the old Ribeiro cinema.",  # culture
        "Quillon Foods was able to secure new funding for its bakery.",  # business
        "Wardens were able to protect the nesting sites on Lake Naivasha.",  # environment
    ],
)
def test_an_adjective_not_denied_leaves_its_act_as_it_is(statement_label, text):
    assert statement_label(text) == "positive"
