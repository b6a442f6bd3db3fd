"""A speaker described by a place and a common noun ("a Lisbon-based broker", "a Main Street defence lawyer",
"a club official") is nobody's voice: a body speaks only when its name is written. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "A Market Street defence lawyer said the verdict would be appealed.",  # courts
        "One Market Street university professor said the findings were robust enough.",  # universities
        "A Harbin-based currency trader said the dollar would weaken soon.",  # markets
        "A Quito-based trader said the shares looked cheap now.",  # markets
        "A club official said the coach would stay until June.",  # sport, a firm in focus
    ],
)
def test_a_described_speaker_is_no_body(nlp: Language, sentence: str) -> None:
    text = "Shares of Velbrook Holdings rose on Tuesday.\n\n" + sentence + "\n\nTrading was quiet elsewhere."
    assert speakers(nlp, text) == [None]


_CALM = "Talks continued on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_CALM + "A Velbrook Holdings spokesman said the plant would reopen.", "Velbrook Holdings"),
        (_CALM + "A spokesman for the Tarnow Dockers Union said the strike would go ahead.", "Tarnow Dockers Union"),
        (_CALM + "Brackley City Council officials said the budget vote would be delayed.", "Brackley City Council"),
        (_CALM + "Ravenna University researchers said the trial results were promising.", "Ravenna University"),
        (_CALM + "Bank of Norland officials said they expected calmer markets.", "Bank of Norland"),  # "of" joins
        (  # a club official speaks for the club the article names
            "Orvale Football Club sacked its manager on Monday.\n\nA club official said the search had begun.",
            "Orvale Football Club",
        ),
    ],
)
def test_a_written_name_still_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [speaker]
