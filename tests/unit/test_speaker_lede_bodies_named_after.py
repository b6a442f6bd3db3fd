"""A lede sourced to a body it describes ("a union said", "A Denver buyout partnership said") is the
one organisation of that kind named in the next few sentences; a union or partnership is known by the words
that mark its kind ("X Steelworkers", "Y Partners"). Outside the lede, with two such bodies, or with none of
that kind named near, it stays unnamed. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # business
            "A Denver buyout partnership said on Monday it had bought a fifth of the shares of Delmar. "
            "Halvard Partners, whose founder sits on two boards, said it may seek control.",
            "Halvard Partners",
        ),
        (  # labour, indefinite
            "Drivers at Kessler Freight will walk out on Friday, a union said. The Amalgamated Transport Workers "
            "said talks had failed.",
            "Amalgamated Transport Workers",
        ),
        (  # labour, definite, named two paragraphs on
            "Bus drivers in Denholm will stop work over new rosters, the union said.\n\nThe buses carry most of "
            "the town's commuters.\n\nA spokeswoman for the Amalgamated Transit Workers said the rosters were unsafe.",
            "Amalgamated Transit Workers",
        ),
        (  # local politics
            "A residents' group said the new road would split the village. The Denholm Residents Group said it had "
            "collected 500 signatures.",
            "Denholm Residents Group",
        ),
        (  # science
            "A research foundation said it would pay for the new telescope. The Lindqvist Foundation said the grant "
            "was its largest ever.",
            "Lindqvist Foundation",
        ),
        (  # sport
            "A supporters' association said ticket prices were unfair. The Carrow Supporters Association said it "
            "would protest on Saturday.",
            "Carrow Supporters Association",
        ),
    ],
)
def test_the_lede_body_is_the_one_named_after(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[:2] == [body, body]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (  # not the lede: a body brought in mid-story need never be named
            "The strike began on Monday. A union said the pickets would stay. The Transport Workers Union said "
            "talks had failed.",
            None,
        ),
        ("A union said the strike would go ahead. The Transport Workers Union and the Rail Union said they "
         "would join it.", None),
        ("A union said the strike would go ahead. Kessler Freight Ltd said it would keep its trucks running.", None),
        ("A residents' group said the road would split the village. The council said the route was final.", None),
        (  # named too far from the lede
            "A buyout partnership said it had bought shares of Delmar. The shares rose. Trading was heavy. "
            "Volume doubled. Brokers were busy. Halvard Partners said it may buy more.",
            None,
        ),
    ],
)
def test_no_body_is_named_otherwise(nlp: Language, text: str, first: str | None) -> None:
    assert speakers(nlp, text)[0] == first
