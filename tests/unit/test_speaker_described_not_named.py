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


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A Velbrook Holdings spokesman said the plant would reopen.", "Velbrook Holdings"),
        ("A spokesman for the Tarnow Dockers Union said the strike would go ahead.", "Tarnow Dockers Union"),
        ("Brackley City Council officials said the budget vote would be delayed.", "Brackley City Council"),
        ("Ravenna University researchers said the trial results were promising.", "Ravenna University"),
    ],
)
def test_a_written_name_still_speaks(nlp: Language, sentence: str, speaker: str) -> None:
    assert speakers(nlp, "Talks continued on Monday.\n\n" + sentence) == [speaker]


def test_a_club_official_speaks_for_the_club_the_article_names(nlp: Language) -> None:
    text = "Orvale Football Club sacked its manager on Monday.\n\nA club official said the search had begun."
    assert speakers(nlp, text) == ["Orvale Football Club"]


def test_a_name_joined_by_of_still_speaks(nlp: Language) -> None:
    text = "Rates held steady on Monday.\n\nBank of Norland officials said they expected calmer markets."
    assert speakers(nlp, text) == ["Bank of Norland"]
