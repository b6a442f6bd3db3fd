"""A quoted question asserts nothing: the sentence that reports it is no question ('To the question
"did the clinic fail its patients?", she replied ...'), but the quote is, and its words are not the speaker's
claim (health, sport and courts below).

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import span_tone
from streams.enrich.model import Span
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('To the question "did the clinic fail its patients?", Dr Lena Vogt replied.',
         "did the clinic fail its patients?"),
        ('Asked "was the defeat a disaster?", coach Tomasz Nowak smiled.', "was the defeat a disaster?"),
        ('The judge put it plainly, "is the fraud charge proven?", and adjourned.', "is the fraud charge proven?"),
    ],
)
def test_a_quoted_question_asserts_nothing(nlp, text, quote):
    start = text.index(quote)
    parsed = parse(Article(id="q", text=text), nlp)
    assert span_tone(parsed, Span(start, start + len(quote))).label == "neutral"
