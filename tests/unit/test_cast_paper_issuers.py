"""A paper speaks for the body that put it out, however the article ties the two: "a study from X", "X's
audit", "X said in its submission", "X issued a letter", and a later "the study" back over mentions that named
no author. A paper someone else cites, or one nobody is named as writing, speaks for no reader of it.
Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(("text", "said"), [
    pytest.param(
        "Output climbed, according to a new report.\n\n"
        "The report was drafted by the Tarrow Planning Institute for the county assembly.\n\n"
        "The report said housing starts would double.\n\n"
        "The report added that rents would stay flat.",
        [None, "Tarrow Planning Institute", "Tarrow Planning Institute"],  # the authors are named after the lede
        id="authors-named-two-mentions-back/planning",
    ),
    pytest.param(
        "A study from the University of Wendmoor looked at relapse rates.\n\n"
        "The study was released on Friday.\n\n"
        "The study said the new drug halved relapse rates.",
        ["University of Wendmoor"],
        id="a-study-from-a-university/health",
    ),
    pytest.param(
        "The Brackley Wanderers Football Club's statement said the ground would close.\n\n"
        "The statement also said season tickets would be refunded.",
        ["Brackley Wanderers Football Club", "Brackley Wanderers Football Club"],
        id="the-owner-of-a-statement/sport",
    ),
    pytest.param(
        "The Oxley Vale District Council told the inquiry in its written submission that roads were failing.\n\n"
        "The submission said repairs would cost twice the budget.",
        ["Oxley Vale District Council", "Oxley Vale District Council"],
        id="the-body-that-spoke-in-a-submission/council",
    ),
    pytest.param(
        "The Marden General Hospital Trust issued an audit on Monday.\n\n"
        "The audit said waiting times had doubled.",
        ["Marden General Hospital Trust"],
        id="the-body-that-issued-an-audit/hospital",
    ),
    pytest.param(  # must not fire for the reader
        "The Pellan Rail Union cited a review by the Northgate Transport Board on Monday.\n\n"
        "The review said night services were understaffed.",
        ["Northgate Transport Board"],
        id="a-review-one-body-cites-is-its-author/transport",
    ),
])
def test_a_paper_speaks_for_its_issuer(nlp: Language, text: str, said: list[str | None]) -> None:
    assert speakers(nlp, text) == said


@pytest.mark.parametrize(("text", "not_speaker"), [
    pytest.param("Mayor Tobin Grell cited a study on Monday.\n\nThe study said bus use had fallen.", "Tobin Grell",
                 id="a-study-a-mayor-cited"),
    pytest.param("A study from Lisbon was published on Friday.\n\nThe study said tourism had grown.", "Lisbon",
                 id="a-study-from-a-place"),
])
def test_a_paper_speaks_for_no_reader_or_place(nlp: Language, text: str, not_speaker: str) -> None:  # must not fire
    assert not_speaker not in speakers(nlp, text)
