"""Organisations in the cast and as speakers: one pattern per test, invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import Cast, cast_of
from streams.enrich.cast.reading.registry import org_core
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.readers import speakers


def cast(nlp: Language, text: str) -> Cast:
    return cast_of(parse(Article(id="t", text=text), nlp).doc)


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


def test_a_ministry_official_of_no_named_ministry_is_unnamed(nlp: Language) -> None:
    text = "Health Minister Ana Ruiz opened the clinic. A ministry official said the queue had shortened."
    assert speakers(nlp, text) == [None]


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


def test_members_of_no_named_union_are_unnamed(nlp: Language) -> None:
    assert speakers(nlp, "Union drivers said the new contracts were unfair.") == [None]


def test_a_description_with_a_home_teaches_the_cast_where_the_company_is(nlp: Language) -> None:
    text = (
        "Quillon Inc unveiled a phone. The chip is fast, the maker based in Brenford said. "
        "Telvaro Systems also showed a phone. The Ostrava-based company said it would ship in May."
    )
    assert speakers(nlp, text) == ["Quillon Inc", "Telvaro Systems"]


# Each pattern on three beats: "the company" is an organisation written as a company (legal form, trade,
# employer), never a union or a campaign group; "the company" (and "it" after it) following a second firm that
# was only the subject of events (never heard itself) is still the firm the article opens with; an unnamed official of a
# body speaks for the body the article named, and the he/she after keeps that voice; "<Minister>'s ministry"
# is named from the minister's title; union workers are the union; "the X-based company" is the company
# based in X.
_SPEAKERS = [
    pytest.param(
        "Management at Dellwyn were firm that the depot must shut, the Transport Workers Union said on "
        "Friday. The company confirmed that 200 jobs would go.",
        ["Transport Workers Union", "Dellwyn"],
        id="the-company-is-a-company/labour",
    ),
    pytest.param(
        "Greenfront said on Monday it would protest outside the Harlan Mining Ltd site. The company said "
        "the mine was safe.",
        ["Greenfront", "Harlan Mining Ltd"],
        id="the-company-is-a-company/business",
    ),
    pytest.param(
        "The Redmere Supporters Trust said fans were angry at Kessock Capital, the club's owners. The "
        "firm said ticket prices would rise.",
        ["Redmere Supporters Trust", "Kessock Capital"],
        id="the-company-is-a-company/sport",
    ),
    pytest.param(
        "Orvane Inc said its phone would ship in May. Telmark Corp's new modem is made by Sunward "
        "Foundry Co. The company hopes to sell it in Europe, it said.",
        ["Orvane Inc", "Orvane Inc"],
        id="the-company-is-the-lead-firm/technology",
    ),
    pytest.param(
        "Brisca Motors said sales rose. Halden Timber Group also reported results. The company plans to "
        "open a plant in the north next year, it said.",
        ["Brisca Motors", "Brisca Motors"],
        id="the-company-is-the-lead-firm/business",
    ),
    pytest.param(
        "Pellucid Biotech Inc said its trial had finished. Rowan Pharmaceuticals Ltd's new drug was "
        "tested by a university. The company expects approval next year, it said.",
        ["Pellucid Biotech Inc", "Pellucid Biotech Inc"],
        id="the-company-is-the-lead-firm/science",
    ),
    pytest.param(
        "Valdora's foreign ministry said the summit would be delayed. Prime Minister Ilse Marrow plans "
        'an election in May. "The talks will slip," another ministry aide said. The meeting could '
        "move to the autumn, he added.",
        ["Valdora's foreign ministry", "Valdora's foreign ministry", "Valdora's foreign ministry"],
        id="an-official-speaks-for-the-body/diplomacy",
    ),
    pytest.param(
        "The Northern Hockey League said the final would be moved. Coach Dana Holt watched training on "
        'Sunday. "We had no choice," a league official said. She added that tickets would be refunded.',
        ["Northern Hockey League", "Northern Hockey League", "Northern Hockey League"],
        id="an-official-speaks-for-the-body/sport",
    ),
    pytest.param(
        "Brenford City Council said bins would be collected on Friday. Mayor Tomas Brel visited the "
        "depot. A council official said crews were working overtime. He said the backlog would clear by "
        "Monday.",
        ["Brenford City Council", "Brenford City Council", "Brenford City Council"],
        id="an-official-speaks-for-the-body/local-politics",
    ),
    pytest.param(
        "Kestrian Sports Minister Ola Brandt will meet the league next week. The meeting will cover "
        "stadium safety, Brandt's ministry said on Tuesday.",
        ["Kestrian Sports Ministry"],
        id="a-ministers-ministry-by-title/sport",
    ),
    pytest.param(
        "Foreign Minister Ilse Marrow flew to the capital on Monday. The visit would last two days, "
        "Marrow's ministry said.",
        ["Foreign Ministry"],
        id="a-ministers-ministry-by-title/diplomacy",
    ),
    pytest.param(
        "The Minister of Health Tomas Brel opened two clinics. Vaccines would arrive in June, Brel's "
        "ministry said on Friday.",
        ["Ministry of Health"],
        id="a-ministers-ministry-by-title/health",
    ),
    pytest.param(
        "Union drivers at Dellwyn Foods said talks had stalled. The Food Workers Union called a vote. "
        "Dellwyn Foods said the claim was false.",
        ["Food Workers Union", "Dellwyn Foods"],
        id="union-workers-are-the-union/labour",
    ),
    pytest.param(
        "Union workers at the Brenford hospital said wards were understaffed, weeks before the Nurses "
        "Guild Local 7 called a strike.",
        ["Nurses Guild Local 7"],
        id="union-workers-are-the-union/health",
    ),
    pytest.param(
        "The Cricket Players Union met the board on Monday. Union workers at the club said the new "
        "contracts were unfair.",
        ["Cricket Players Union"],
        id="union-workers-are-the-union/sport",
    ),
    pytest.param(
        "Leeds-based Brisca Motors said sales rose. Halden Timber Group, based in Oslo, also reported "
        "results. The Leeds-based company said it would hire 200 people.",
        ["Brisca Motors", "Brisca Motors"],
        id="a-company-by-its-home/business",
    ),
    pytest.param(
        "Orvane Bank Ltd, based in Cork, cut its rates. Telmark Capital said it would follow in June. "
        "The Cork-based lender said mortgage demand had doubled.",
        ["Telmark Capital", "Orvane Bank Ltd"],
        id="a-company-by-its-home/finance",
    ),
    pytest.param(
        "Dunmore-based Kessock Foods Ltd said it would close a plant. Harlan Mining Ltd, based in "
        "Ardross, said its mines would stay open. The Dunmore-based company said 300 jobs would go.",
        ["Kessock Foods Ltd", "Harlan Mining Ltd", "Kessock Foods Ltd"],
        id="a-company-by-its-home/labour",
    ),
    pytest.param(
        "Harlow Stores Inc said on Monday it would open 12 new shops. Marta Harlow, chairman of Harlow Stores "
        "Inc, said the plan would cost 40 mln dlrs. Harlow said shop takings rose by a tenth in the spring.",
        ["Harlow Stores Inc", "Marta Harlow", "Harlow Stores Inc"],
        id="a-firms-namesake-officer/retail",
    ),
    pytest.param(
        "Kessock Brewing Co said it would build a second brewery. The brewer's chairman, Oskar Kessock, said "
        "the site was chosen in May. Kessock said beer volumes grew 5 pct. He said the board backed the plan.",
        ["Kessock Brewing Co", "Oskar Kessock", "Kessock Brewing Co", "Oskar Kessock"],
        id="a-firms-namesake-officer/brewing",
    ),
    pytest.param(
        "Brandvik Athletic Club plans to put its stadium up for sale. Ines Brandvik, chairman of Brandvik "
        "Athletic Club, said the club needed cash. Brandvik said in a written reply that season tickets stay valid.",
        ["Ines Brandvik", "Brandvik Athletic Club"],
        id="a-firms-namesake-officer/sport",
    ),
    pytest.param(
        "Pellam Partners LLP said it would open an office in the capital. Ivo Pellam, chairman of Pellam "
        "Partners LLP, said ten lawyers would move there. Pellam said fees grew 12 pct over two years.",
        ["Pellam Partners LLP", "Ivo Pellam", "Pellam Partners LLP"],
        id="a-firms-namesake-officer/law",
    ),
    pytest.param(  # must not fire: the same surname at another body
        "Torvane Savings Bank Inc plans to shut six branches. Lea Torvane, a union leader at Dellwyn Foods "
        "Ltd, said the plan would cost jobs. Torvane said the union would ballot its members.",
        ["Lea Torvane", "Lea Torvane"],
        id="a-namesake-at-another-body/finance",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SPEAKERS)
def test_organisation_speakers(nlp: Language, text: str, expected: list[str]) -> None:
    assert speakers(nlp, text) == expected


# a group speaking for a body the article has named: its team by the owner's "'s" ("the union's negotiating
# team"), or people "of"/"at" it referred back to by "the" and its institution noun ("members of the union")
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # labour
            "Marta Okonkwo leads the Port Workers Union. The union's negotiating team said the offer was too low.",
            "Port Workers Union",
        ),
        ("Dunmore Foods cut prices on Monday. The company's legal team said the ruling would be appealed.",
         "Dunmore Foods"),  # business
        (  # diplomacy
            "The Ministry of Water and Forests set quotas. The ministry's legal team said the quotas were lawful.",
            "Ministry of Water and Forests",
        ),
        ("The Port Workers Union called a strike. Members of the union said the offer was too low.",
         "Port Workers Union"),  # labour
        ("The Kestrel Institute published the study. Researchers at the institute said the results were clear.",
         "Kestrel Institute"),  # science
        ("Dunmore Foods cut prices on Monday. Officials at the company said the plan would go ahead.",
         "Dunmore Foods"),  # business
    ],
)
def test_a_group_speaks_for_the_body_it_is_of(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body]


# ... and a group that names no body the article has is unnamed, whatever person it names elsewhere
@pytest.mark.parametrize(
    "text",
    [
        "Tobias Lindqvist, the coach, was angry. The team said the referee was wrong.",  # sport
        "Marta Okonkwo, the minister, was away. Foreign ministers said the plan would go ahead.",  # diplomacy
        "Kenji Morimoto led the study. A team of researchers said the results were clear.",  # science
        "Priya Ramaswamy chairs the council. Members of the board said the budget was too tight.",  # local politics
    ],
)
def test_a_group_of_no_named_body_is_unnamed(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == [None]
