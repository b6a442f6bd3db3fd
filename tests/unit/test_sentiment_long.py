"""The SENTIMENT scorer on articles at the ingest limit's scale: results stay those of their parts.

Scoring is local to sentences, so an article made of one block repeated many times must read
exactly like the block once the lede's extra weight is set aside (only the first copy has a lede),
and a quote like the same quote in a short article. Timing is measured in the benchmark, not here.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import article_sentiment, span_tone, tone
from streams.enrich.extractors.sentiment.tree import dependents
from streams.enrich.model import Span
from streams.enrich.nlp import parse
from streams.ingest.article import Article

QUOTE = "We are very pleased with the progress, but we cannot ignore the delays"
BLOCK = "\n\n".join(
    [
        "The harbour board said on Tuesday that the new ferry timetable had been a clear success, "
        "although skippers complained that the morning crossings were still not reliable. "
        f'"{QUOTE}," said the board\'s chair. If the weather holds, the winter service could start early.',
        "Officials from the two provinces failed to resolve their differences over the water plan, "
        "and the talks ended without an agreement. Farmers fear that a dry summer would damage crops.",
        "Is the reform working? Some praised the ministry for its careful approach, while others "
        "warned that the lack of trust between unions and employers might undermine the deal.",
    ]
)
LONG_CHARS = 100_000
RUN_ON_CLAUSE = (
    "the committee praised the careful work of the volunteers but warned that the lack of trust "
    "and the failure to agree would not help the fragile recovery, and "
)


@pytest.fixture(scope="module")
def short(nlp):
    return parse(Article(id="short", text=BLOCK), nlp)


@pytest.fixture(scope="module")
def long(nlp):
    copies = LONG_CHARS // len(BLOCK) + 1
    return parse(Article(id="long", text="\n\n".join([BLOCK] * copies)), nlp), copies


@pytest.fixture
def weighed_as_a_quote(monkeypatch):
    """The article's mean weighs its sentences as a quote's does, whatever the fitted weights."""
    monkeypatch.setattr(tone, "LEDE_WEIGHT", 1.0)
    monkeypatch.setattr(tone, "ARTICLE_NEUTRAL_WEIGHT", tone.NEUTRAL_WEIGHT)


def test_a_long_article_reads_like_the_block_it_repeats(short, long, weighed_as_a_quote):
    parsed, copies = long
    assert len(parsed.text) >= LONG_CHARS
    one, many = article_sentiment(short), article_sentiment(parsed)
    assert many.label == one.label
    assert many.score == pytest.approx(one.score, abs=1e-3)
    assert many.components.sentences == copies * one.components.sentences
    assert many.components.positive == pytest.approx(one.components.positive)
    assert many.components.negative == pytest.approx(one.components.negative)


def test_a_quote_at_the_end_of_a_long_article_has_its_own_tone(short, long):
    parsed, _ = long
    near, far = short.text.find(QUOTE), parsed.text.rfind(QUOTE)
    assert far > LONG_CHARS - len(BLOCK)
    assert span_tone(parsed, Span(far, far + len(QUOTE))) == span_tone(short, Span(near, near + len(QUOTE)))


def test_a_span_over_the_whole_long_article_scores_like_the_article(long, weighed_as_a_quote):
    parsed, _ = long
    whole, article = span_tone(parsed, Span(0, len(parsed.text))), article_sentiment(parsed)
    # the article's score is calibrated to VADER's neutral band (tone._calibrated), the quote's is the mean;
    # the article holds both sides, and a mixed article's score keeps its lean (tone.mixed_score)
    assert article.label == "mixed"
    assert article.score == pytest.approx(tone.mixed_score(tone._calibrated(whole.score)), abs=1e-3)
    assert whole.label in ("positive", "negative", "neutral", "mixed")


def test_the_mean_counts_the_lede_once_and_the_top_decides_through_its_lean(nlp):
    good, plain = "Exports rose to a record and farmers welcomed the news.", "The ministry published figures."
    first = article_sentiment(parse(Article(id="a", text=f"{good} {plain}"), nlp))
    last = article_sentiment(parse(Article(id="b", text=f"{plain} {good}"), nlp))
    assert first.score == last.score > 0  # the body does not bear the lede out: the mean decides
    borne_out = article_sentiment(parse(Article(id="c", text=f"{good} {plain} The harvest was good."), nlp))
    assert borne_out.label == "positive" and borne_out.components.basis == "lead"


def test_one_long_sentence_without_full_stops_gets_a_valid_tone(nlp):
    text = "Officials said " + RUN_ON_CLAUSE * (30_000 // len(RUN_ON_CLAUSE))
    parsed = parse(Article(id="run-on", text=text), nlp)
    result = article_sentiment(parsed)
    assert result.components.sentences >= 1
    assert -1.0 <= result.score < 0  # each clause's failure and distrust outweighs its praise
    middle = len(text) // 2
    assert -1.0 <= span_tone(parsed, Span(middle, middle + 5_000)).score <= 1.0


def test_dependents_are_the_children_spacy_finds(short):
    doc = short.doc
    relations = {t.dep_ for t in doc}
    for token in doc:
        assert dependents(token, relations) == list(token.children)
        assert dependents(token, ("nsubj",)) == [c for c in token.children if c.dep_ == "nsubj"]
