"""A person named by a charge is identified, not reported on.

News names people by what they are accused or suspected of and goes on to the news: "officials met
a trader who is accused of price fixing" reports a meeting. VADER rated the charge and its deed, so
such notices read as bad news. A charge on a noun (a relative or participle clause, or "suspected"
as a modifier) rates nothing; a charge said as the predicate, and what happens to the person, keep
their tone. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ministers met Tomasz Wójcik, who is accused of rigging the tender for the ring road.",  # local politics
        "The federation has not yet spoken to Keiko Mori, who is also suspected of doping at the Osaka meet.",  # sport
        "The embassy is trying to contact the engineer accused of selling reactor plans abroad.",  # international
        "Lawyers for a nurse suspected of stealing morphine will travel to Leeds on Monday.",  # health, courts
        "Investigators have not yet questioned suspected fraudster Ngozi Eze.",  # business
        "The gallery lent the catalogue to a dealer accused of selling forged prints.",  # culture
    ],
)
def test_a_charge_that_names_a_person_rates_nothing(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Tomasz Wójcik was accused of rigging the tender for the ring road.",  # the charge is the news
        "Prosecutors accused Keiko Mori of doping at the Osaka meet.",  # sport
        "A nurse accused of stealing morphine was sacked on Friday in Leeds.",  # what happens to the person
        "The rebels killed an engineer suspected of spying for the army.",  # international
    ],
)
def test_a_charge_as_the_predicate_or_harm_done_to_the_person_stays_bad_news(statement_label, text):
    assert statement_label(text) == "negative"
