"""A harm that someone denies a part in still happened: "denied responsibility for a blaze" denies
the part, not the blaze, so the harm keeps its tone instead of being reversed by the denial.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The haulage company denied responsibility for a fatal collision on the M4.",  # transport
        "The militia rejected any involvement in the ambush of an aid convoy near Goma.",  # conflict
        "The minister denied any role in the fraud, her lawyer Amaka Eze said.",  # courts and politics
        "The club denied responsibility for crowd violence outside the ground in Rotterdam.",  # sport
        "The firm denied any knowledge of the pollution in the river at Hanoi.",  # environment
    ],
)
def test_a_denied_part_leaves_the_harm_standing(statement_label, text):
    assert statement_label(text) == "negative"


def test_a_denied_event_is_still_reversed(rated_words):
    assert rated_words("The company denied the crash had happened.")["crash"] > 0
