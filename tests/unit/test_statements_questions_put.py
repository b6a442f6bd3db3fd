"""A question quoted right after a noun for one is put to the speaker by someone left unnamed: it is no
one's statement the article attributes, and the speaker who answers does not go on into it.

Every sentence is invented, with names of many cultures; none comes from an evaluation article.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article

QUESTIONS = [
    # courts
    (
        'Surgeon Ilse Berg gave evidence on Monday. "We did all we could," she said. To the question, '
        '"could the patient have been saved?", Dr Berg replied: "I believe so".',
        "could the patient have been saved?",
        "I believe so",
        "Ilse Berg",
    ),
    # local politics
    (
        'Minister Hana Dvorak spoke after the vote. "The budget is fair," she said. Faced with the question '
        '"will you resign?", Ms Dvorak answered: "Not today".',
        "will you resign?",
        "Not today",
        "Hana Dvorak",
    ),
    # sport
    (
        'Coach Lars Eriksen was blunt after the loss. "We were poor," he said. To the query "is the season '
        'over?", Eriksen said: "Far from it".',
        "is the season over?",
        "Far from it",
        "Lars Eriksen",
    ),
]


@pytest.mark.parametrize(("text", "question", "answer", "speaker"), QUESTIONS)
def test_a_question_put_has_no_speaker(nlp: Language, text: str, question: str, answer: str, speaker: str) -> None:
    found = {s.quote: s for s in extract_statements(parse(Article(id="t", text=text), nlp)) if s.kind == "direct"}
    assert found[question].speaker is None
    assert found[answer].speaker is not None and found[answer].speaker.name == speaker


def test_an_owned_question_keeps_its_attribution(nlp: Language) -> None:
    # health: "her question" has an owner; the sentence's speech verb attributes it as before
    text = 'Her question, "why was the ward closed?", went unanswered, nurse Tupac Mamani said.'
    [found] = [s for s in extract_statements(parse(Article(id="t", text=text), nlp)) if s.kind == "direct"]
    assert found.speaker is not None and found.speaker.name == "Tupac Mamani"
