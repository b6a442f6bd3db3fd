""" "Rights group X ... the group said": a body introduced with a descriptive noun is what that noun refers back
to later, even when the model read its name as a person's. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # international: a rights group the model reads as a person
            "Rights group Hemsa Watch accused the police of beating protesters in Lomaro. "
            "Police chief Mariana Castillo declined to comment. The group said it would keep pressing for change.",
            "Hemsa Watch",
        ),
        (  # health: an agency named after the noun, a minister between
            "The regional health agency Istituto Sanitario Brenta recorded 40 new cases of measles. "
            "Minister Oluwaseun Adeyemi said the figures were worrying. The agency said vaccination would resume.",
            "Istituto Sanitario Brenta",
        ),
        (  # local politics: a charity whose name looks like a person's
            "Housing charity Shelter Ngozi counted 4,000 people sleeping rough in the city. "
            "The figures come a week after a storm hit the coast. The charity said more beds were needed.",
            "Shelter Ngozi",
        ),
        (  # environment: "the organisation" back to the one so introduced
            "Environmental organisation Green Ridge Alliance wants the mine closed. "
            "Mayor Tomasz Wiśniewski visited the site. The organisation said it would appeal.",
            "Green Ridge Alliance",
        ),
        (  # humanitarian: a name read as a person's, the parse making both subjects
            "The aid agency Relief Sans Borders sent three lorries of food to the flooded villages. "
            "The agency said roads were still closed.",
            "Relief Sans Borders",
        ),
    ],
)
def test_the_noun_refers_back_to_the_body_it_introduced(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # business: a company may be called an organisation
            "Kessler Mining cut 300 jobs in May. Minister Oluwaseun Adeyemi rejected the claims. "
            "The organisation said it would keep pressing for change.",
            "Kessler Mining",
        ),
        (  # sport
            "The Pacific Rowing Federation banned two rowers. The organisation said the tests were sound.",
            "Pacific Rowing Federation",
        ),
        (  # rights: introduced as a group, later called an organisation
            "Rights group Hemsa Watch condemned the raids on Monday. "
            "Police chief Mariana Castillo declined to comment. The organisation said the raids must stop.",
            "Hemsa Watch",
        ),
    ],
)
def test_the_organisation_is_any_body_in_focus(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # markets: a grain market, a trailing attribution
            "The Northfield Grain Exchange on Monday suspended trading in one contract. "
            "Two member firms had broken its rules, the exchange said.",
            "Northfield Grain Exchange",
        ),
        (  # business: a futures market, a quotation
            "The Tavel Futures Exchange said margins on gold contracts would rise. "
            'The exchange said, "We acted to protect investors."',
            "Tavel Futures Exchange",
        ),
    ],
)
def test_the_exchange_is_the_market_named_before(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body


def test_the_exchange_with_no_market_named_is_no_one(nlp: Language) -> None:  # must not fire
    text = "Brokers met on Monday. The exchange said trading hours would be extended from May."
    assert speakers(nlp, text) == [None]
