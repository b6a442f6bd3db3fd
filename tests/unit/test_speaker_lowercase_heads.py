"""A description whose lower-case head the parse tags a proper noun (a relative clause after it often makes it
do so: "A harbour-front broker, who holds shares, said") names no one: the statement has no speaker, never the
description's words as a name. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    "text",
    [
        # markets
        "Shares of Dalvero Holdings rose on Tuesday.\n\n"
        "A Kessel Lane arbitrageur, who holds Dalvero stock, said the rumours made little sense.",
        # courts
        "The appeal was lodged in March.\n\n"
        "A Canal Street arbitrageur, who asked to stay anonymous, said the ruling would be appealed.",
        # labour
        "Dock workers walked out on Monday.\n\n"
        "A Harbour Street arbitrageur, who asked to stay anonymous, said the strike would go ahead.",
    ],
)
def test_lower_case_head_is_no_name(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == [None]


def test_named_person_with_relative_clause_keeps_name(nlp: Language) -> None:
    """Must not fire: a name before the relative clause is still the speaker."""
    text = "Shares of Dalvero Holdings rose on Tuesday.\n\nTomas Verhoeven, who holds Dalvero stock, said prices fell."
    assert speakers(nlp, text) == ["Tomas Verhoeven"]


def test_pronoun_after_lower_case_head_stays_unnamed(nlp: Language) -> None:
    """The "he" after such a description is the same unnamed voice, not the person named before it."""
    text = (
        "Lena Ortmann of Dalvero Holdings declined to comment.\n\n"
        "A Kessel Lane arbitrageur, who holds Dalvero stock, said the rumours made little sense. "
        '"It does not fit the plan at all," he said.\n\nCalls were not returned.'
    )
    assert speakers(nlp, text) == [None, None]
