"""A lower-case description of a body the article named ("the aviation board" after the Federal Aviation Board)
is that body, whatever the parse tagged its words, never a new body of that name; a body whose name ends in a
title word ("The Health Service Executive said") is that body, not a title without a holder. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # transport: the description's words tagged a proper noun
            "Officials at the Federal Aviation Board met on Friday.\n\n"
            "\u201cWe are reviewing every case,\u201d the aviation board said.",
            "Federal Aviation Board",
        ),
        (  # fisheries: the description tagged a body by the recogniser
            "The Coastal Fisheries Council fined the trawler firm last year.\n\n"
            "According to the fisheries council, the fine has not been paid.",
            "Coastal Fisheries Council",
        ),
        (  # culture: the description's words pick the body, not the last council named
            "The National Arts Council and the Harbour District Council met on Friday.\n\n"
            "\u201cWe are reviewing every grant,\u201d the arts council said.",
            "National Arts Council",
        ),
    ],
)
def test_a_lower_case_description_is_the_body_named_so(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Water Services Executive said it was reviewing the complaints.", "Water Services Executive"),  # utilities
        (  # health
            "Two wards closed in March.\n\nThe Health Service Executive said it would reopen them by May.",
            "Health Service Executive",
        ),
        # housing
        ("The Housing Finance Executive said rents would rise by four per cent.", "Housing Finance Executive"),
    ],
)
def test_a_body_named_with_a_closing_title_word_speaks(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body


def test_a_title_of_ranks_alone_stays_a_person(nlp: Language) -> None:  # business: no holder named, no body
    assert speakers(nlp, "The Deputy Chief Executive said the plan was sound.")[-1] is None
