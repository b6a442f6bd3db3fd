"""A quoted fragment of a few neutral words takes the tone of the sentence that reports it.

Papers often quote only a few words of what someone said ('said the repairs would take "two more
weeks"'); the point the speaker made is the reported clause around them, which is what a reader
rates. A fragment with a tone of its own keeps it.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import span_tone
from streams.enrich.model import Span
from streams.enrich.nlp import parse
from streams.ingest.article import Article

BORROWED = [
    # (text, fragment, tone of the reporting sentence)
    ('The harbour master said the storm had caused terrible damage and that the repairs would '
     'take "two more weeks".', "two more weeks", "negative"),
    ('The coach said the squad was in excellent form and had come "very close" to a record season.',
     "very close", "positive"),
    ('Dr Amara Keita said the new clinic was a wonderful success and had cut waiting times '
     '"by half".', "by half", "positive"),
    ('The council said the closure of the library was a painful loss and would last "until spring".',
     "until spring", "negative"),
]


def _tone(nlp, text: str, quote: str) -> str:
    start = text.index(quote)
    return span_tone(parse(Article(id="f", text=text), nlp), Span(start, start + len(quote))).label


@pytest.mark.parametrize(("text", "fragment", "expected"), BORROWED)
def test_neutral_fragment_takes_its_sentence_tone(nlp, text: str, fragment: str, expected: str) -> None:
    assert _tone(nlp, text, fragment) == expected


def test_fragment_with_a_tone_of_its_own_keeps_it(nlp) -> None:
    text = 'The minister said the talks had been a great success but called the delay "a disgrace".'
    assert _tone(nlp, text, "a disgrace") == "negative"


def test_longer_neutral_quote_keeps_its_own_reading(nlp) -> None:
    text = ('The mayor said the flood was a disaster. "The bridge will be closed from Monday to '
            'Friday next week," she said.')
    assert _tone(nlp, text, "The bridge will be closed from Monday to Friday next week,") == "neutral"
