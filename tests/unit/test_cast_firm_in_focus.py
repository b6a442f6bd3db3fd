"""The firm an article is about keeps "the company" and "the group": one whose own words report its results is
a company though its name has no legal form, and "Group" written before a rival's legal form does not make
"the group" that rival. A wire-bracketed name the recogniser runs past its closing bracket is cut there.
A lede firm whose stock code the parser makes the subject is still the subject in focus."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from streams.enrich.cast.reading.stock_codes import code_standing_for
from streams.enrich.cast.reading.wire_brackets import bracketed_firm
from tests.unit.readers import speakers


@pytest.mark.parametrize(
    "text",
    [
        "Tarnwell Paper said its net profit rose by a tenth last spring. Shareholders turned down an offer from "
        "Kestrel Holdings Plc in June. The company said its depot would open in autumn.",
        "Fennick Brewing said its annual dividend would rise to 14 cents. The mill was bought from Orvane "
        "Industries Ltd in 1984. The company also said talks with the union would resume on Monday.",
    ],
)
def test_a_firm_reporting_its_results_keeps_the_company(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[-1] == text.split(" said")[0]


def test_a_council_reporting_revenue_is_no_company(nlp: Language) -> None:
    text = (
        "Harlby City Council said its revenue fell short of the budget. Dunmere Inc won the contract to build "
        "the depot. The company said the tender would close next month."
    )
    assert speakers(nlp, text)[-1] == "Dunmere Inc"


def test_the_group_is_the_firm_in_focus_not_a_rival_named_group(nlp: Language) -> None:
    text = (
        "Pellham Holdings Plc said its prospects were good. The figure beat a forecast made during the bid by "
        "Sarrow Group Plc last year. The group said the new plant would open in spring."
    )
    assert speakers(nlp, text)[-1] == "Pellham Holdings Plc"


def test_the_group_is_the_one_group_named(nlp: Language) -> None:
    text = "Sarrow Group Plc said its prospects were good. The group said the new plant would open in spring."
    assert speakers(nlp, text)[-1] == "Sarrow Group Plc"


def test_a_span_run_past_the_closing_bracket_is_cut_there(nlp: Language) -> None:
    doc = nlp("<Dalvey Ltd> of Perth said it had bought a mill.")
    start = next(t.i for t in doc if t.text == "Dalvey")
    of = next(t.i for t in doc if t.text == "of")
    found = bracketed_firm(Span(doc, start, of + 1, label="ORG"), doc.text)
    assert found is not None and found.text == "Dalvey Ltd"


@pytest.mark.parametrize("tail", ["The company said", "The group said", "It said"])
def test_a_coded_lede_firm_keeps_the_company_over_a_bidder_in_a_by_phrase(nlp: Language, tail: str) -> None:
    text = (
        "Store results.\n\nBrenlow Holdings Plc <BRNL.L> which on Monday posted higher yearly earnings of 30 pct, "
        "said its outlook stayed strong.\n\nThe earnings topped an estimate given by Vantek Group Plc during its "
        "takeover attempt in the spring, and the company called the figures real progress.\n\nLast week the "
        "group said that talks to buy a florist had collapsed.\n\nThe company said new shops drove the gain.\n\n"
        "The Larkspur garden chain lifted profits by 40 pct, while the Ember lighting chain also grew.\n\n"
        f"{tail} its property arm would expand after a deal with builders."
    )
    assert speakers(nlp, text)[-1] == "Brenlow Holdings Plc"


def test_the_bidder_that_speaks_in_its_own_paragraph_keeps_the_company(nlp: Language) -> None:
    text = (
        "Store results.\n\nBrenlow Holdings Plc <BRNL.L> which on Monday posted higher yearly earnings, said its "
        "outlook stayed strong.\n\nVantek Group Plc <VNTK.L> said it was ready to lift its bid for Brenlow "
        "Holdings Plc. The company added that it had hired advisers."
    )
    assert speakers(nlp, text)[-1].rstrip(".") == "Vantek Group Plc"


def test_a_stock_code_parsed_as_subject_stands_for_the_name_before_it(nlp: Language) -> None:
    doc = nlp("Brenlow Holdings Plc <BRNL.L> which on Monday posted higher yearly earnings, said it was calm.")
    code = next(t for t in doc if t.text == "BRNL.L")
    if code.dep_ != "nsubj":
        pytest.skip("the parser made the name the subject here")
    assert code_standing_for(doc[0]).i == code.i
    assert code_standing_for(doc[len(doc) - 2]).i == len(doc) - 2
