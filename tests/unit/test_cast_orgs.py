"""Organisations in the cast and as speakers: one pattern per test, invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import Cast, cast_of
from streams.enrich.cast.registry import org_core
from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import load_nlp, parse
from streams.ingest.article import Article


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def cast(nlp: Language, text: str) -> Cast:
    return cast_of(parse(Article(id="t", text=text), nlp).doc)


def speakers(nlp: Language, text: str) -> list[str | None]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    assert statements, "no statement found"
    return [s.speaker.name if s.speaker else None for s in statements]


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Varnholt Electronics Corporation", "Varnholt Electronics"),
        ("the Ostrava Shipping Corp.", "Ostrava Shipping"),
        ("Quillon Holdings plc", "Quillon"),
        ("Brenmark Foods Co Ltd", "Brenmark Foods"),
        ("Telvaro SA", "Telvaro’s"),
    ],
)
def test_legal_forms_and_possessives_do_not_make_another_company(long: str, short: str) -> None:
    assert org_core(long) == org_core(short)


def test_a_legal_form_alone_keeps_its_word() -> None:
    assert org_core("Group") == "group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # business: long form first, short after
            "Varnholt Electronics Corporation said on Monday it would close two plants. "
            "Varnholt Electronics said demand for its chips had fallen.",
            "Varnholt Electronics Corporation",
        ),
        (  # technology: short form and possessive first, the legal form later
            "Quillon unveiled a new phone on Tuesday. Quillon’s summit drew thousands. "
            "Quillon Inc said sales would start in March.",
            "Quillon Inc",
        ),
        (  # sport business: a club's owning company with its legal form
            "Redmere Athletic Holdings plc reported a loss. "
            "Redmere Athletic Holdings said the stadium deal would go ahead.",
            "Redmere Athletic Holdings plc",
        ),
    ],
)
def test_short_and_long_forms_are_one_organisation_named_in_full(nlp: Language, text: str, name: str) -> None:
    c = cast(nlp, text)
    found = [o for o in c.organisations if org_core(o.name) == org_core(name)]
    assert [o.name for o in found] == [name]
    assert set(speakers(nlp, text)) == {name}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # labour: the union speaks first, "the company" is the employer it talks about
            "Management at Dellwyn were firm that the depot must shut, the Transport Workers Union said on Friday. "
            "The company announced it was cutting 200 jobs.",
            ["Transport Workers Union", "Dellwyn"],
        ),
        (  # business: a company shown by its legal form beats a campaign group merely in focus
            "Greenfront said on Monday it would protest outside the Harlan Mining Ltd site. "
            "The company said the mine was safe.",
            ["Greenfront", "Harlan Mining Ltd"],
        ),
        (  # sport: the club's owners are a company; the fans' trust is not
            "The Redmere Supporters Trust said fans were angry at Kessock Capital, the club's owners. "
            "The firm said ticket prices would rise.",
            ["Redmere Supporters Trust", "Kessock Capital"],
        ),
    ],
)
def test_the_company_is_an_organisation_written_as_a_company(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # technology: the owner of the subject stays in focus over the maker in the by-phrase
            "Orvane Inc said its phone would ship in May. Telmark Corp's new modem is made by Sunward Foundry Co. "
            "The company aims to sell it in Europe, it said.",
            ["Orvane Inc", "Telmark Corp"],
        ),
        (  # business: "the company" as a subject keeps its company in focus for the "it" after
            "Brisca Motors said sales rose. Halden Timber Group also reported results. "
            "The company plans to open a plant in the north next year, it said.",
            ["Brisca Motors", "Halden Timber Group"],
        ),
        (  # science: a laboratory company in a research story
            "Pellucid Biotech Inc said its trial had finished. "
            "Rowan Pharmaceuticals Ltd's new drug was tested by a university. "
            "The company expects approval next year, it said.",
            ["Pellucid Biotech Inc", "Rowan Pharmaceuticals Ltd"],
        ),
    ],
)
def test_it_after_the_company_is_the_company_in_focus(nlp: Language, text: str, expected: list[str]) -> None:
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # diplomacy: a ministry official is no minister, and "he" goes on for the ministry
            "Valdora's foreign ministry said the summit would be delayed. Prime Minister Ilse Marrow plans an "
            "election in May. \"The talks will slip,\" another ministry official said. "
            "The meeting could move to the autumn, he added.",
            ["Valdora's foreign ministry", "Valdora's foreign ministry", "Valdora's foreign ministry"],
        ),
        (  # sport: a league official, then "she" is still the league speaking
            "The Northern Hockey League said the final would be moved. Coach Dana Holt watched training on Sunday. "
            "\"We had no choice,\" a league official said. She added that tickets would be refunded.",
            ["Northern Hockey League", "Northern Hockey League", "Northern Hockey League"],
        ),
        (  # local politics: a council officer speaking for the council named before
            "Brenford City Council said bins would be collected on Friday. Mayor Tomas Brel visited the depot. "
            "A council official said crews were working overtime. He said the backlog would clear by Monday.",
            ["Brenford City Council", "Brenford City Council", "Brenford City Council"],
        ),
    ],
)
def test_an_unnamed_official_of_a_body_and_the_pronouns_after_speak_for_it(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert speakers(nlp, text) == expected


def test_a_ministry_official_of_no_named_ministry_is_unnamed(nlp: Language) -> None:
    text = "Health Minister Ana Ruiz opened the clinic. A ministry official said the queue had shortened."
    assert speakers(nlp, text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # sport
            "Kestrian Sports Minister Ola Brandt will meet the league next week. The meeting will cover stadium "
            "safety, Brandt's ministry said in a statement.",
            "Kestrian Sports Ministry",
        ),
        (  # diplomacy
            "Foreign Minister Ilse Marrow flew to the capital on Monday. The visit would last two days, "
            "Marrow's ministry said.",
            "Foreign Ministry",
        ),
        (  # health
            "The Minister of Health Tomas Brel opened two clinics. Vaccines would arrive in June, "
            "Brel's ministry said on Friday.",
            "Ministry of Health",
        ),
    ],
)
def test_a_ministers_ministry_is_named_from_the_ministers_title_never_the_minister(
    nlp: Language, text: str, expected: str
) -> None:
    assert speakers(nlp, text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ilse Marrow flew to the capital. The visit would last two days, Marrow's ministry said.",
        "Coach Dana Holt left the club. The move was agreed in May, Holt's ministry said.",
    ],
)
def test_a_body_with_no_title_to_name_it_stays_as_written(nlp: Language, text: str) -> None:
    name = speakers(nlp, text)[-1]
    assert name is not None and name.endswith("'s ministry")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # labour: union members at a company are the union, not their employer
            "Union employees at Dellwyn Foods said talks had stalled. The Food Workers Union called a vote. "
            "Dellwyn Foods said the claim was false.",
            ["Food Workers Union", "Dellwyn Foods"],
        ),
        (  # health: nurses of a union
            "Union workers at the Brenford hospital said wards were understaffed, weeks before the Nurses Guild "
            "Local 7 called a strike.",
            ["Nurses Guild Local 7"],
        ),
        (  # sport: players' union members
            "The Cricket Players Union met the board on Monday. "
            "Union workers at the club said the new contracts were unfair.",
            ["Cricket Players Union"],
        ),
    ],
)
def test_union_members_speak_for_the_union_the_article_names(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert speakers(nlp, text) == expected


def test_members_of_no_named_union_are_unnamed(nlp: Language) -> None:
    assert speakers(nlp, "Union employees said the new contracts were unfair.") == [None]
