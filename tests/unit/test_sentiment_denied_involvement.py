"""A harm that someone denies a part in still happened: "denied responsibility for the crash" denies
the part, not the crash, so the harm keeps its tone instead of being reversed by the denial.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The haulage company denied responsibility for the crash on the M4.",  # transport
        "The militia rejected any involvement in the attack on the convoy near Goma.",  # conflict
        "The minister denied any role in the fraud, her lawyer Amaka Eze said.",  # courts and politics
        "The club denied responsibility for the violence outside the ground in Rotterdam.",  # sport
        "The firm denied any knowledge of the pollution in the river at Hanoi.",  # environment
    ],
)
def test_a_denied_part_leaves_the_harm_standing(statement_label, text):
    assert statement_label(text) == "negative"


def test_a_denied_event_is_still_reversed(rated_words):
    assert rated_words("The company denied the crash had happened.")["crash"] > 0
