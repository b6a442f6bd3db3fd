"""What someone wants others to do, what is said to be needed, and what is said to be important or
vital, has not happened: its good words report no success ("we want the talks to succeed", "it is
vital that the clinic opens on time"). What the subject wants to do itself keeps its tone.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "We want the talks to succeed, the envoy Amara Nwosu said.",  # international
        "We want this merger approved by the regulator, the chief executive Yuki Tanaka said.",  # business
        "Farmers want the ministry to improve rural roads, their leader Chidi Okeke said.",  # local politics
        "The coach said he wanted his side to play with more freedom in Durban.",  # sport
        "The researchers want the grant renewed so the trial can continue, Dr Ana Souza said.",  # science
    ],
)
def test_what_someone_wants_others_to_do_is_asked_for(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "The judge spoke of the need for prisons to improve the education of inmates.",  # courts
        "There is a need for the league to reward clubs that develop young players.",  # sport
        "He spoke of the need for hospitals to improve the care of elderly patients.",  # health
    ],
)
def test_a_need_is_asked_for(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "It is important that the new stadium succeeds quickly, the mayor Olu Adeyemi said.",  # local
        "It is vital that the new clinic opens on time, the health minister Sofia Lindqvist said.",  # health
        "It is crucial that the court protects the rights of tenants, the lawyer Rahul Mehta said.",  # courts
        "The most important thing is to keep the museum's collection safe, the curator Hana Novak said.",  # culture
        "It is necessary to strengthen the border agreement, the foreign minister Lars Berg said.",  # international
    ],
)
def test_what_is_called_important_or_vital_is_prescribed(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "The team celebrated an important win in Auckland.",  # sport: a quality, no prescription
        "Doctors welcomed the vital new funding for the children's ward.",  # health
        "Both unions want to avoid a strike, their leaders said in Busan.",  # labour: the subject's own aim
    ],
)
def test_good_news_outside_a_wish_keeps_its_tone(statement_label, text):
    assert statement_label(text) == "positive"
