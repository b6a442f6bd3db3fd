"""Properties of the SENTIMENT scorer on arbitrary text: it never raises and stays on its scale."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streams.enrich.extractors.sentiment import article_sentiment, span_tone
from streams.enrich.model import Span
from streams.enrich.nlp import parse
from streams.ingest.article import Article

# Words that wake up each rule, plus the characters that break naive tokenisers.
RULE_WORDS = "talks progress not no lack of good bad but fully ambiguous Justice Department sanctions very"
WORDS = st.sampled_from([*RULE_WORDS.split(), "\n\n", ".", "\x00", "\u200b", "“", "”", "!"])
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@pytest.mark.filterwarnings("ignore")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, start=st.integers(-20, 400), length=st.integers(-20, 400))
def test_any_text_and_span_give_a_tone_on_scale(nlp, text, start, length):
    parsed = parse(Article(id="p", text=text), nlp)
    result = article_sentiment(parsed)
    assert result.label in ("positive", "negative", "neutral", "mixed")
    assert -1.0 <= result.score <= 1.0
    parts = result.components
    assert parts.positive + parts.negative + parts.neutral == pytest.approx(1.0)
    assert min(parts.positive, parts.negative, parts.neutral) >= 0
    tone = span_tone(parsed, Span(start, start + length))
    assert -1.0 <= tone.score <= 1.0
