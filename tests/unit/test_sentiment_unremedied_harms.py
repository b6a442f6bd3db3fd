"""Harms that a denial or a failure does not turn into good news.

- a harm that a verb of addressing, reaching or compensating works on stays bad when the work is
  refused, fails or is denied ("refused to address the shortage", "could not reach the stranded
  villagers"): the failure reverses the work, not the harm;
- a negated passive predicate denies its subject, not what the subject's "of" phrase names
  ("victims of the crash have not been named");
- protection from a harm is good news, and the harm it is from is no bad word there ("the law
  protects tenants from eviction").

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The ministry refused to address the shortage of nurses in Kano.",  # health
        "The federation refused to deal with the doping scandal.",  # sport
        "Aid workers were unable to reach the starving families near Gao.",  # international
        "The council has failed to tackle the crisis in its care homes.",  # local politics
        "The company refused to compensate the victims of the spill.",  # business
        "The school board did not address the bullying of Aroha Ngata.",  # education, denied work
    ],
)
def test_a_failed_remedy_leaves_the_harm_bad(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Victims of the crash on the ring road have not been named.",  # local
        "Details of the fraud at Orbis Bank were not disclosed.",  # business
        "The names of the injured players were not released.",  # sport
        "The cause of the outbreak at the Nairobi school has not been found.",  # health
    ],
)
def test_a_negation_does_not_reach_into_the_subjects_of_phrase(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The new law protects tenants from eviction.",  # housing
        "The agreement shields factory workers from layoffs.",  # labour
        "The court order shields journalists from prosecution.",  # courts
        "The fund will protect farmers in Punjab from drought.",  # farming
    ],
)
def test_protection_from_a_harm_is_good_news(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry failed to protect children from abuse.",  # courts, a failed protection
        "The ambulance did not reach the injured cyclist in time.",  # local, the injury stays bad
        "A fair deal on wages was not reached.",  # labour, an adjective of the subject is still denied
    ],
)
def test_what_the_rules_leave_bad(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Officers carried riot shields into the stadium.",  # sport
        "The probe has a heat shield made in Bengaluru.",  # science
        "The shield was sold at auction in Vienna.",  # culture
    ],
)
def test_the_noun_shield_protects_nobody(statement_label, text):
    assert statement_label(text) == "neutral"
