"""A company named only inside the words "the company said" closes is what is said, not who says it: "the
company" is the organisation that spoke or was in focus before, else the one the clause names first. A company
named outside the clause stays the answer. Invented sentences from several beats."""

from __future__ import annotations

import pytest

from tests.unit.readers import speakers_opening


@pytest.mark.parametrize(
    ("text", "name", "opening"),
    [
        (  # business: a buyer and its target in the one clause
            "Corvane Inc agreed to buy Belmora Foods Ltd for 40 million dollars, the company said.",
            "Corvane Inc",
            "Corvane Inc agreed",
        ),
        (  # business: a new name the shareholders will vote on
            "Shareholders of Tessaly Mining Corp will vote on renaming the firm Orrin Resources Inc,"
            " the company said.",
            "Tessaly Mining Corp",
            "Shareholders of Tessaly",
        ),
        (  # finance: a fund that spoke, then an adviser named in its words
            "The Aldgate Income Fund said its payout would go up.\n\nHolders also approved an advisory agreement"
            " with Garrow Capital Corp, the company said.",
            "Aldgate Income Fund",
            "Holders also approved",
        ),
        (  # sport: a listed club sells its ground to a developer
            "Kelso Athletic Plc sold its stadium to Harcourt Leisure Ltd for 12 million pounds, the company said.",
            "Kelso Athletic Plc",
            "Kelso Athletic Plc sold",
        ),
        (  # science: a drug maker licenses a vaccine to a partner
            "Pellmark Pharma Inc licensed its malaria vaccine to Ostrava Biologics AG, the company said.",
            "Pellmark Pharma Inc",
            "Pellmark Pharma Inc licensed",
        ),
        (  # local government: a builder wins a council contract over a rival
            "Brightwater Homes Ltd won the school contract ahead of Danford Civil Ltd, the firm said.",
            "Brightwater Homes Ltd",
            "Brightwater Homes Ltd won",
        ),
    ],
)
def test_a_firm_named_in_the_words_said_is_not_the_company(nlp, text, name, opening):
    assert name in speakers_opening(nlp, text, opening)


@pytest.mark.parametrize(
    ("text", "name", "opening"),
    [
        (  # labour: the firm named before the clause
            "Marlow Steel Inc said it would cut 200 jobs.\n\nThe plant will shut by midsummer, the company said.",
            "Marlow Steel Inc",
            "The plant will shut",
        ),
        (  # business: the partner spoke in a sentence of its own before, so it is the one in focus
            "Deltane Mining Corp said output rose.\n\nKesterel Resources Ltd said it would fund half of the shaft."
            "\n\nDrilling will start in May, the company said.",
            "Kesterel Resources Ltd",
            "Drilling will start",
        ),
    ],
)
def test_a_firm_named_outside_the_clause_stays_the_company(nlp, text, name, opening):
    assert name in speakers_opening(nlp, text, opening)
