"""Taking a wrongdoer into custody is a step of justice, not a harm.

VADER rates "arrested" and "detained" as harm and "suspects" or "thief" as bad, so a routine report
that police held a suspect read as strongly bad news. A custody verb whose object is a wrongdoer
(or a person named by the charge, "alleged", "suspected") rates nothing; the same verb on anyone
else, or a custody denied, keeps its tone. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kumasi arrested two suspects on Friday.",  # crime
        "Customs officers detained a suspected ivory smuggler at Entebbe airport.",  # customs
        "Rangers arrested three poachers inside the Selous reserve.",  # environment
        "Four militants were detained near the border, the army said.",  # conflict
        "The alleged fraudster was apprehended in Valencia after a two-year search.",  # business, courts
        "Investigators arrested the suspected match-fixer before the Ostrava derby.",  # sport
    ],
)
def test_custody_of_a_wrongdoer_is_no_bad_news(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Security forces detained a journalist in Bamako on Friday.",  # press freedom
        "Soldiers arrested dozens of protesters outside the parliament in Tbilisi.",  # politics
        "Rebels captured two aid workers near Goma.",  # international
        "Police failed to arrest the killer despite warnings from neighbours in Swindon.",  # crime, not done
    ],
)
def test_custody_of_anyone_else_or_custody_not_done_stays_bad_news(statement_label, text):
    assert statement_label(text) == "negative"
