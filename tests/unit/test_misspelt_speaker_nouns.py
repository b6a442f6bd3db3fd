"""A speaker's noun with one typing slip ("the insitute said", "the company's boarrd said") is read as the noun
meant, as the cast reads a misspelt surname: the parse's lemma is mended, so the speaker is found as it would be
for the word spelt right. Words English lists, capitalised names, short words and slips that could be two nouns
are left as written. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.readers import speaker_of

SLIPS = [
    pytest.param("The Orvane Institute released its findings on Monday.\n\n"
                 "The insitute said the water samples were clean.", "water samples", "Orvane Institute", id="science"),
    pytest.param("The Halden Museum bought the painting on Monday.\n\n"
                 "The musuem said the painting would go on show in May.", "go on show", "Halden Museum", id="culture"),
    pytest.param("Brannock Airways rejected the offer on Monday.\n\n"
                 "The company's boarrd said the price was too low.", "too low", "Brannock Airways", id="business"),
    pytest.param("The Tarrow Nurses Union met ward managers on Tuesday.\n\n"
                 "Union offcials said the strike would go ahead.", "strike would", "Tarrow Nurses Union", id="labour"),
    pytest.param("Kestrel Rovers sold their striker on Friday.\n\n"
                 "A club spokeswomn said the fee was a record.", "fee was a record", "Kestrel Rovers", id="sport"),
    pytest.param("\"The bridge will reopen in May,\" a Brook Valley Council spokesmn said.",
                 "bridge will reopen", "Brook Valley Council", id="local-government"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), SLIPS)
def test_a_misspelt_speaker_noun_is_read_as_meant(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(nlp, text, fragment) == speaker


def lemma_of(nlp: Language, text: str, word: str) -> str:
    doc = parse(Article(id="t", text=text), nlp).doc
    return next(t.lemma_ for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "word"), [  # must not fire
    pytest.param("The beard said nothing about the match.", "beard", id="a-word-english-lists"),
    pytest.param("The aid said little about the flood.", "aid", id="a-short-listed-word"),
    pytest.param("The baord met on Monday.", "baord", id="too-short-to-tell"),
    pytest.param("The spokeswman said talks would resume.", "spokeswman", id="a-spokesman-or-a-spokeswoman"),
    pytest.param("Marta Boarde said the plan would fail.", "Boarde", id="a-capitalised-name"),
])
def test_other_words_keep_their_lemma(nlp: Language, text: str, word: str) -> None:
    assert lemma_of(nlp, text, word).lower() == word.lower()


def test_an_unnamed_crowd_misspelt_stays_unnamed(nlp: Language) -> None:  # must not fire
    assert speaker_of(nlp, "Offcials said the road would stay shut until Friday.", "road would stay") is None


def test_a_slip_that_could_be_two_nouns_names_no_one(nlp: Language) -> None:  # must not fire
    text = "The Halden Museum bought the painting.\n\n\"We are delighted,\" the spokeswman said."
    assert speaker_of(nlp, text, "delighted") is None
