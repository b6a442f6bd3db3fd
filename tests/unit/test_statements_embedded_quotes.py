"""Reports that carry a quotation inside them (extractors/statements/embedded.py): the quotation is a
statement, and the reported claim around it is its frame unless a predicate coordinated with the reported
one goes on past the quotation. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said

LEAD = "The story went on this week.\n\n"

BOTH = [
    (  # local politics: a quoted predicate coordinated with the reported one closes the sentence
        'Mayor Odile Farkas said the bypass takes heavy traffic out of the old town and "makes the square safe '
        'for children again."',
        [
            ("Odile Farkas", "indirect", "the bypass takes heavy traffic out of the old town"),
            ("Odile Farkas", "direct", "makes the square safe for children again."),
        ],
    ),
    (  # labour: the report and the quotation are separate clauses after one cue
        'Union leader Pavel Dragan told reporters that overtime cuts were hurting night crews, but that a fresh '
        'contract would "end a dispute that has dragged on for years."',
        [
            ("Pavel Dragan", "indirect", "overtime cuts were hurting night crews"),
            ("Pavel Dragan", "direct", "end a dispute that has dragged on for years."),
        ],
    ),
    (  # business: a quoted term inside a report that goes on after it
        'Harwick Mills said the new rules limit future changes to the scheme, define "core suppliers" and permit '
        "the board to end the scheme once members vote for it.",
        [
            (
                "Harwick Mills",
                "indirect",
                'the new rules limit future changes to the scheme, define "core suppliers" and permit the board '
                "to end the scheme once members vote for it",
            ),
            ("Harwick Mills", "direct", "core suppliers"),
        ],
    ),
    (  # sport: quoted words the speaker only names something with leave the claim around them unquoted
        'Club chairman Osric Vell said the walkout answered what he termed a "backroom stitch-up" '
        "of the new stadium lease over ten years.",
        [
            (
                "Osric Vell",
                "indirect",
                'the walkout answered what he termed a "backroom stitch-up" of the new stadium lease '
                "over ten years",
            ),
            ("Osric Vell", "direct", "backroom stitch-up"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "statements"), BOTH)
def test_the_report_stands_beside_its_quotation(
    nlp: Language, text: str, statements: list[tuple[str, str, str]]
) -> None:
    assert said(nlp, LEAD + text) == statements


FRAMES = [
    # health: the quotation is the copula's complement
    ('Dr Ilse Vranken said the new ward was "a lifeline for the whole valley."', "a lifeline for the whole valley."),
    # diplomacy: the quotation is a purpose the clause needs
    ('Envoy Tariq Benali said options were being studied "to avoid a new crisis on the border" at the talks in May.',
     "to avoid a new crisis on the border"),
    # local politics: a place after the quotation does not carry the clause on
    ('Councillor Bram Tessel said talks were being held "to keep the last bus route running" in Lower Vale.',
     "to keep the last bus route running"),
    # sport: a bare subject before a quoted predicate is no claim of its own
    ('Redmoor Rovers observed that both clubs "promised to stage a rematch in the spring."',
     "promised to stage a rematch in the spring."),
    # culture: the clause runs on past a quoted phrase inside a noun phrase: still the phrase alone
    ('Curator Wenna Ostrow said the touring show was drawing crowds despite a "modest slump" in ticket sales '
     "over the summer.", "modest slump"),
    # business: a quoted modifier inside the object, the clause going on after it
    ('Chief executive Lorna Baptiste said the appeal had so far drawn only a "marginal" response from donors '
     "in the northern region.", "marginal"),
    # labour: a relative clause after the quoted phrase describes it, it makes no second claim
    ('Union secretary Kofi Amankwah said the union had tabled a "three-year deal" at the pay round, which '
     "would index wages to prices.", "three-year deal"),
    # science: a comparison carried on past the quoted predicate
    ('Professor Hanne Lydersen said the revised trial rules were "far stricter" than the ones used in the pilot.',
     "far stricter"),
    # diplomacy: a quoted adjective inside the object, a relative clause after it
    ('Envoy Mirela Vasic said the two sides should open a "broad" dialogue on the coast, which would also '
     "take in fishing rights.", "broad"),
    # local politics: a quoted adjective coordinated with an unquoted one, no second predicate
    ('Governor Palesa Nkosi said the flood plan was "workable" but costly for the smaller towns of the valley.',
     "workable"),
]


@pytest.mark.parametrize(("text", "quote"), FRAMES)
def test_a_quotation_that_completes_the_report_stands_alone(nlp: Language, text: str, quote: str) -> None:
    statements = said(nlp, LEAD + text)
    assert [(kind, q) for _, kind, q in statements] == [("direct", quote)]


UNTOUCHED = [
    # sport: a whole quoted sentence after the cue stays one direct statement
    ('Coach Dario Pellegrin said: "We were second best for an hour and we know it."',
     [("Dario Pellegrin", "direct", "We were second best for an hour and we know it.")]),
    # local politics: a reported clause with no quotation marks stays reported speech
    ("Councillor Ama Osei said the library would reopen in March after repairs to its roof.",
     [("Ama Osei", "indirect", "the library would reopen in March after repairs to its roof")]),
    # business: a quoted word that names a product is no statement, the report around it stands
    ('Brantwell Ltd said the "Northstar" would go on sale in its stores across the country next month.',
     [("Brantwell Ltd", "indirect", 'the "Northstar" would go on sale in its stores across the country next month')]),
    # science: a whole quoted sentence after "told reporters" stays direct
    ('Dr Yusuf Okafor told reporters: "The samples show no trace of the virus."',
     [("Yusuf Okafor", "direct", "The samples show no trace of the virus.")]),
    # diplomacy: no quotation marks at all, a long reported clause
    ("Minister Eero Halonen said the border crossing would stay open to freight while talks on the treaty went "
     "on.",
     [("Eero Halonen", "indirect",
       "the border crossing would stay open to freight while talks on the treaty went on")]),
]


@pytest.mark.parametrize(("text", "statements"), UNTOUCHED)
def test_whole_quotes_plain_reports_and_quoted_names_are_left_alone(
    nlp: Language, text: str, statements: list[tuple[str, str, str]]
) -> None:
    assert said(nlp, LEAD + text) == statements
