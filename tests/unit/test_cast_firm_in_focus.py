"""The firm an article is about keeps "the company" and "the group": one whose own words report its results is
a company though its name has no legal form, and "Group" written before a rival's legal form does not make
"the group" that rival. A wire-bracketed name the recogniser runs past its closing bracket is cut there."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

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
