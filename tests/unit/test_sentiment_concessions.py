"""A concession set against news of the other sign says the statement has two sides.

"Although exports rose, the plant lost money": the speaker grants one side and
asserts the other. The concession weighs less in the score (the main clause leads the lean), but
the quote holds both tones in its own words, as a headline's "but" of good and bad news does, and
is labelled mixed. A concession of the same sign, or one that rates nothing, leaves the main
clause's tone. All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import span_tone
from streams.enrich.model import Span
from streams.enrich.nlp import parse
from streams.ingest.article import Article

TWO_SIDED = [
    ("Although exports improved, the Tamsin plant lost money again.", -1),  # business
    ("While the harvest was excellent, the drought killed thousands of cattle in Turkana.", -1),  # farming
    ("Though two of its players were injured, Real Cartago won the final.", 1),  # sport
    ("Even though waiting lists are growing, the new clinic in Timaru is a success.", 1),  # health
    ("Despite the friendly welcome, the talks in Tbilisi ended in a bitter row.", -1),  # international
    ("Although the festival lost money, the crowds in Accra loved it.", 1),  # culture
]


@pytest.mark.parametrize(("text", "lean"), TWO_SIDED)
def test_a_concession_against_the_main_clause_is_mixed(nlp, text, lean):
    tone = span_tone(parse(Article(id="c", text=text), nlp), Span(0, len(text)))
    assert tone.label == "mixed"
    assert tone.score * lean > 0  # the main clause still leads the score


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Although sales rose, profits also improved at Marwick Foods.", "positive"),  # business, same sign
        ("Despite the rain, the festival in Galway was a great success.", "positive"),  # culture, unrated concession
        ("While the club was relegated, its debts also grew worse.", "negative"),  # sport, same sign
    ],
)
def test_a_concession_of_the_same_sign_or_of_no_tone_keeps_the_main_tone(statement_label, text, label):
    assert statement_label(text) == label
