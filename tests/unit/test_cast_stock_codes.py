"""A company's stock code in angle brackets after its name ("Velmora Kong (Holdings) Ltd <VKGH.HK>"): the name
is a company's however person-like its words, the code is nobody's, and a later "he" stays the chairman who
spoke. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import cast_of
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.readers import speakers

_LATER = "\n\nHe would not name a figure, though he told analysts {body}."


@pytest.mark.parametrize(
    ("firm", "body", "key"),
    [
        ("Velmora Kong (Holdings) Ltd <VKGH.HK>", "the group plans to raise its payout in the spring", "payout"),
        ("Dorsan Fai (Pacific) Ltd <DFP>", "the strike at the mill would end next week", "strike"),
        ("Bramwell Yip Co <BYC.L>", "the club would build a new stadium", "stadium"),
    ],
)
def test_the_he_after_a_coded_firm_is_the_chairman(nlp: Language, firm: str, body: str, key: str) -> None:
    text = (
        f"{firm} forecasts a rise in earnings for 1988 after a record first half, "
        f"chairman Tan Wo-ming said." + _LATER.format(body=body)
    )
    assert speakers(nlp, text) == ["Tan Wo-ming", "Tan Wo-ming"]


def test_the_name_before_a_code_is_a_company_and_the_code_no_one(nlp: Language) -> None:
    text = "Velmora Kong (Holdings) Ltd <VKGH.HK> sold its hotel, chairman Ho Pak-lun said."
    cast = cast_of(parse(Article(id="t", text=text), nlp).doc)
    assert [p.name for p in cast.people] == ["Ho Pak-lun"]
    assert all("<" not in o.name and ">" not in o.name for o in cast.organisations)


def test_an_address_in_angle_brackets_leaves_the_person(nlp: Language) -> None:  # must not fire
    text = "Mira Quandt <mira@example.org> said the council would approve the housing plan."
    cast = cast_of(parse(Article(id="t", text=text), nlp).doc)
    assert [p.name for p in cast.people] == ["Mira Quandt"]


def test_the_coded_firms_short_name_written_again_stays_the_firm(nlp: Language) -> None:
    text = (
        "Kessel Tong Corp <KTC> forecasts a rise in earnings for 1988, chairman Tan Wo-ming said.\n\n"
        "He told analysts the strike at the mill would end next week.\n\n"
        "Kessel Tong's earnings rose sharply in 1986. Kessel Tong is cash rich, Tan said."
    )
    assert speakers(nlp, text) == ["Tan Wo-ming", "Tan Wo-ming", "Tan Wo-ming"]
    cast = cast_of(parse(Article(id="t", text=text), nlp).doc)
    assert [p.name for p in cast.people] == ["Tan Wo-ming"]


@pytest.mark.parametrize(
    ("firm", "code"),
    [("Dravo Holdings Plc", "<DRVH.L>"), ("Kelmar Industries Inc", "<PMS>"), ("Torvane Mining Ltd", "<TRVM.T>")],
)
def test_a_code_read_as_the_subject_speaks_as_its_company(nlp: Language, firm: str, code: str) -> None:
    text = f"{firm} {code} said the walkout at its northern smelter had ended."
    assert speakers(nlp, text) == [firm]


@pytest.mark.parametrize(
    ("firm", "deed"),
    [
        ("Carrow Holdings <CRW.L>", "forecast higher profits for 1990"),
        ("Meridian Airlines Ltd <MRA.T>", "raised its stake in a rival to 12 pct"),
    ],
)
def test_the_it_after_a_coded_firms_deed_is_the_firm(nlp: Language, firm: str, deed: str) -> None:
    text = f"{firm} {deed}.\n\nSales would rise by a tenth in 1991, it said."
    assert speakers(nlp, text) == [firm.split(" <")[0]]


def test_a_coded_firm_fined_by_a_board_leaves_the_it_as_without_the_code(nlp: Language) -> None:  # must not fire
    later = "\n\nIt said sales would rise by a tenth in 1991."
    plain = "The Valdor Competition Board fined Carrow Holdings on Monday for price fixing."
    coded = "The Valdor Competition Board fined Carrow Holdings <CRW.L> on Monday for price fixing."
    assert speakers(nlp, coded + later) == speakers(nlp, plain + later)
