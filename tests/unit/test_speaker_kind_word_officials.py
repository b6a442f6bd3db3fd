""" "Council officials said" after "X Borough Council": a lone capitalised kind word in front of officials,
delegates or executives is the one body of that kind named before, and the "they" after them is that body
too. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # local politics, sentence-initial
            "Pellham Borough Council voted to shut two libraries. "
            "Council officials said the closures would save money. They said staff would be moved.",
            "Pellham Borough Council",
        ),
        (  # courts, after the quote
            "The Sorrel Appeals Court adjourned the case of two former traders. "
            "The hearing would resume in June, Court officials said.",
            "Sorrel Appeals Court",
        ),
        (  # labour, delegates
            "The Amalgamated Loggers Union called a strike at four mills. "
            "Union delegates said that pickets would be posted from Monday.",
            "Amalgamated Loggers Union",
        ),
        (  # finance, executives
            "The Tremont Savings Bank cut its mortgage rate by half a point. "
            "Bank executives said that demand for loans had slowed.",
            "Tremont Savings Bank",
        ),
    ],
)
def test_kind_word_officials_speak_as_the_named_body(nlp: Language, text: str, body: str) -> None:
    assert set(speakers(nlp, text)) == {body}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two councils named: which one is not said
            "Pellham Borough Council and Ormsby District Council agreed to share a depot. "
            "Council officials said the depot would open in May.",
            "Council",
        ),
        (  # no body of that kind named: read as written
            "Brackwell Foods Ltd shut its bakery. Treasury officials said the tax would not change.",
            "Treasury",
        ),
        (  # officials of no body named stay unnamed
            "Pellham Borough Council voted to shut two libraries. Officials said the closures would save money.",
            None,
        ),
    ],
)
def test_kind_word_officials_with_no_single_body(nlp: Language, text: str, expected: str | None) -> None:
    assert speakers(nlp, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # trade: initials between commas, the parse joining the name to the speakers
            "Talks ended on Friday. Northern Grain Council, NGC, delegates said the offer was fair.",
            "Northern Grain Council",
        ),
        (  # sport: the parse reading the name as a subject of its own
            "Halvey Rugby League, HRL, officials said two clubs would be fined.",
            "Halvey Rugby League",
        ),
        (  # a name with its "of" part
            "Association of Pewter Makers, APM, executives said prices would rise.",
            "Association of Pewter Makers",
        ),
    ],
)
def test_officials_after_a_body_and_its_initials_speak_as_the_body(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body


def test_a_place_and_its_abbreviation_name_no_body(nlp: Language) -> None:
    assert speakers(nlp, "Ellery, NY, officials said the bridge would reopen in May.")[-1] is None
