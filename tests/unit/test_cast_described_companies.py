"""A company described by a nation and its trade ("the Ruritanian carmaker"), a bare spokesperson after the
company spoke through its trade noun, and a document named after the body that issued it."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import speakers


def test_a_nation_and_a_trade_describe_the_company_in_focus(nlp: Language) -> None:
    text = (
        "Pennock Tractor Corp said on Monday that 300 workers at its main plant would be sent home.\n\n"
        "The number two British carmaker said no further layoffs are planned."
    )
    assert speakers(nlp, text) == ["Pennock Tractor Corp", "Pennock Tractor Corp"]


def test_a_lender_so_described_is_the_bank_named_before(nlp: Language) -> None:
    text = "Garrity Savings Bank said deposits rose 9 pct.\n\nThe Canadian lender said no branches will close."
    assert speakers(nlp, text) == ["Garrity Savings Bank", "Garrity Savings Bank"]


def test_a_company_brought_in_by_the_description_is_not_the_one_in_focus(nlp: Language) -> None:
    text = (
        "Pennock Tractor Corp said on Monday that a stake in a French carmaker is for sale.\n\n"
        "The French carmaker said the talks had only just begun."
    )
    assert speakers(nlp, text)[-1] == "French carmaker"


def test_an_indefinite_description_is_another_company(nlp: Language) -> None:
    text = "Pennock Tractor Corp said prices would rise.\n\nA Japanese carmaker said its prices would hold."
    assert speakers(nlp, text)[-1] != "Pennock Tractor Corp"


def test_a_spokeswoman_after_the_trade_noun_speaks_for_the_company(nlp: Language) -> None:
    text = (
        "Whitcombe Pharma Inc said its trial drug cut relapses by a third.\n\n"
        "The company expects its findings to reach regulators in May, it said. "
        "The trial enrolled 900 patients, a spokeswoman said."
    )
    assert speakers(nlp, text) == ["Whitcombe Pharma Inc"] * 3


def test_a_crowd_in_the_narrative_still_keeps_a_spokesman_unplaced(nlp: Language) -> None:
    text = (
        "The Garrity Dockers Union said the strike will start on Monday.\n\n"
        "Fishermen blocked the harbour. A spokesman told reporters the quota cuts were unfair."
    )
    assert speakers(nlp, text)[-1] is None


def test_a_document_named_after_a_body_is_that_body_speaking(nlp: Language) -> None:
    text = (
        "Valdoria said only talks can end the quarrel over fishing rights.\n\n"
        "An Interior Ministry statement on Tuesday said the border would stay shut until Friday.\n\n"
        '"We will not reopen it under threat," the statement said.'
    )
    assert speakers(nlp, text) == ["Valdoria", "Interior Ministry", "Interior Ministry"]


def test_a_document_named_after_a_nation_or_a_place_names_no_body(nlp: Language) -> None:
    text = "Ana Ruiz said the talks failed.\n\nA Geneva communique said the talks would resume in May."
    assert speakers(nlp, text)[-1] != "Geneva"


def test_a_countrys_own_trade_set_before_the_name_is_no_second_company(nlp: Language) -> None:
    text = (
        "Norway's flag carrier, Fjordair Spa <FJD.OL>, posting higher profit for 1989, said fewer tourists flew "
        "from Asia.\n\nFjordair said the drop came late in the year.\n\n"
        "The carrier said its earnings rose to nine billion crowns."
    )
    assert speakers(nlp, text)[-1] == "Fjordair Spa"
