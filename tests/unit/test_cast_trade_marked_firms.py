"""A firm described by its trade ("the utility", "the airline", "the insurer") is the one firm of the article
whose name carries a word of that trade, not another firm in focus; with no such firm, or several, the usual
reading stands."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import speakers


def test_the_utility_is_the_electric_firm_not_the_one_just_quoted(nlp: Language) -> None:
    text = (
        "Regulators denied a rate rise to Ardmore Electric Cooperative on Tuesday.\n\n"
        "A spokesman for Halvern Steel Corp said the ruling would help its mill. "
        "The utility told reporters it had sought 9 mln dlrs more each year."
    )
    assert speakers(nlp, text) == ["Halvern Steel Corp", "Ardmore Electric Cooperative"]


def test_the_airline_is_the_firm_named_as_one(nlp: Language) -> None:
    text = (
        "Castlebury Airlines Inc agreed to lease ten jets from Merrow Leasing Corp.\n\n"
        "A Merrow spokeswoman said the deal closes in May. The airline said the jets would fly its northern routes."
    )
    assert speakers(nlp, text)[-1] == "Castlebury Airlines Inc"


def test_the_insurer_is_the_insurance_firm_not_the_one_it_bought_into(nlp: Language) -> None:
    text = (
        "Pellham Insurance Co bought a stake in Dorrit Foods Inc on Friday.\n\n"
        "Dorrit Foods said it welcomed the investment. The insurer said it had no plans to raise the stake."
    )
    assert speakers(nlp, text)[-1] == "Pellham Insurance Co"


def test_two_firms_of_the_trade_leave_the_usual_reading(nlp: Language) -> None:
    text = (
        "Ardmore Electric Cooperative and Kessler Power Corp asked for rate rises.\n\n"
        "Torvik Mining Inc objected. The utility said it needed the money."
    )
    assert speakers(nlp, text) == ["Torvik Mining Inc"]


def test_the_company_is_not_read_as_a_trade(nlp: Language) -> None:
    text = (
        "Ardmore Electric Cooperative sued Halvern Steel Corp.\n\n"
        "Halvern Steel said it would fight. The company said the suit had no merit."
    )
    assert speakers(nlp, text)[-1] == "Halvern Steel Corp."


def test_a_club_in_a_sports_story_is_no_trade(nlp: Language) -> None:
    text = (
        "Dunmore Rovers signed striker Tomas Veld from Ardmore Electric Cooperative's works team.\n\n"
        "The club said Veld would join in July."
    )
    assert speakers(nlp, text)[-1] != "Ardmore Electric Cooperative"
