"""SENTIMENT scorer on sentences written for these tests (organisations, places and events are made up).

Where a rule exists because plain VADER gets a news sentence wrong, the test shows VADER's reading
too, so the reason for the rule stays visible next to it.
"""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from streams.enrich.extractors.sentiment import METHOD, article_sentiment, span_tone
from streams.enrich.extractors.sentiment.lexicon import news_lexicon
from streams.enrich.extractors.sentiment.scorer import is_hedged, score_part
from streams.enrich.model import ArticleSentiment, Span, Tone
from streams.enrich.nlp import ParsedArticle, parse
from streams.ingest.article import Article


@pytest.fixture(scope="module")
def parsed(nlp):
    def run(text: str) -> ParsedArticle:
        return parse(Article(id="t", text=text), nlp)

    return run


@pytest.fixture(scope="module")
def tone(parsed):
    def run(text: str) -> ArticleSentiment:
        return article_sentiment(parsed(text))

    return run


@pytest.fixture(scope="module")
def vader():
    def run(text: str) -> float:
        return SentimentIntensityAnalyzer().polarity_scores(text)["compound"]

    return run


def positive_mass(parsed, text: str) -> float:
    doc = parsed(text).doc
    lex = news_lexicon()
    return score_part(doc[:], lex, hedged=is_hedged(doc, lex)).positive


# --- entity names are labels, not opinions -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Hope Foundation opened an office in Springfield.",
        "Officials from the Justice Department met the Senate Intelligence Committee on Monday.",
    ],
)
def test_words_inside_organisation_names_carry_no_tone(tone, vader, text):
    assert vader(text) > 0.3
    result = tone(text)
    assert (result.label, result.score) == ("neutral", 0.0)


def test_topic_words_of_news_are_neutral(tone, vader):
    text = "The intelligence agency published its yearly report."
    assert vader(text) > 0.3
    assert tone(text).label == "neutral"


def test_a_noun_naming_the_kind_of_talks_is_not_an_opinion(tone):
    assert tone("Delegates arrived for the peace talks in the capital.").label == "neutral"


def test_preposition_like_is_not_the_verb(tone, vader):
    text = "It felt like a long day for the negotiators."
    assert vader(text) > 0.3
    assert tone(text).label == "neutral"


# --- diplomatic vocabulary -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The ministers held constructive talks.", "positive"),
        ("The new sanctions took effect on Friday.", "negative"),
        ("It is premature to call the deal a breakthrough.", "negative"),
        ("The foreign minister called the proposal unacceptable.", "negative"),
    ],
)
def test_diplomatic_vocabulary(tone, text, label):
    assert tone(text).label == label


# --- negation, shifters and refusals -------------------------------------------------------


def test_negation_reaches_a_subject_placed_before_the_verb(tone, vader):
    text = "Real progress on the reform has still not been made."
    assert vader(text) > 0, "VADER only looks three words back for a negation"
    assert tone(text).label == "negative"


@pytest.mark.parametrize(
    "text",
    ["There was no agreement after the second round.", "The session was not productive."],
)
def test_negated_praise_is_negative(tone, text):
    assert tone(text).label == "negative"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The minister cited a lack of trust between the two capitals.", "negative"),
        ("Both sides want to avoid escalation.", "positive"),
        ("The government decided to end the ceasefire.", "negative"),
    ],
)
def test_valence_shifters_reverse_what_they_govern(tone, text, label):
    assert tone(text).label == label


def test_refusing_to_engage_is_negative_but_a_topic_left_out_is_not(tone):
    assert tone("The delegation will not negotiate with the union.").label == "negative"
    assert tone("The budget was not negotiated.").label == "neutral"
    assert tone("The delegation will negotiate with the union.").label == "neutral"


def test_against_reverses_what_it_governs(tone):
    assert tone("The envoy cautioned against expecting a quick agreement.").label == "negative"


def test_a_negated_noun_denies_its_of_complement(tone):
    assert tone("There was no hope of progress at the second meeting.").label == "negative"


def test_words_in_a_conditional_clause_describe_nothing_that_happened(tone):
    assert tone("The minister will visit the region if the talks go well.").label == "neutral"
    assert tone("Factories could face layoffs if the quarrel drags on.").label == "negative"


# --- hedges ---------------------------------------------------------------------------------


def test_negating_completeness_hedges_instead_of_reversing(tone):
    done = tone("The recovery has been completed.").score
    partly = tone("The recovery has not been completed fully.").score
    assert 0 < partly < done


def test_a_hedge_word_halves_the_good_news_of_its_sentence(parsed):
    plain = positive_mass(parsed, "The talks brought progress.")
    hedged = positive_mass(parsed, "The talks brought progress, which remains fragile.")
    assert hedged == pytest.approx(plain / 2)


def test_good_news_qualified_as_unsettled_is_mixed(tone):
    assert tone("Growth returned in the spring, yet the outlook is uncertain.").label == "mixed"


# --- article tone from sentences -----------------------------------------------------------

BALANCED = (
    "The two governments signed a trade agreement on Monday. "
    "Officials praised the excellent cooperation between the ministries. "
    "The deal was warmly welcomed by farmers, who hope for better prices. "
    "Exporters expect strong growth next year. "
    "Yet the border dispute remains a serious threat to the region. "
    "Opposition leaders condemned the violence in the northern provinces. "
    "Several protesters were injured in clashes with the police."
)


def test_a_long_article_with_both_tones_is_mixed_and_does_not_saturate(tone, vader):
    assert vader(BALANCED) > 0.8, "one VADER score over the whole text piles the words up"
    result = tone(BALANCED)
    assert result.label == "mixed"
    assert abs(result.score) < 0.3


def test_mild_caveats_do_not_make_a_good_report_mixed(tone):
    text = (
        "The port authorities agreed on Monday to publish a joint timetable. "
        "The ministers agreed to meet again in March. "
        "Officials said the plan was on track. "
        "Funding remained unclear. "
        "Some lorries were stuck in long queues at the border overnight."
    )
    result = tone(text)
    assert result.label != "mixed"
    assert result.score > 0


def test_one_sharp_counterpoint_to_mild_hopes_is_mixed(tone):
    text = (
        "The two leaders may meet in the autumn. "
        "Officials said a visit could help. "
        "Relations have been badly damaged by a bitter trade war."
    )
    assert tone(text).label == "mixed"


def test_article_components_count_sentences_and_their_shares(tone):
    result = tone(BALANCED)
    parts = result.components
    assert parts.sentences == 7
    assert parts.positive == pytest.approx(4 / 7)
    assert parts.negative == pytest.approx(3 / 7)
    assert parts.positive + parts.negative + parts.neutral == pytest.approx(1.0)
    assert result.method == METHOD


def test_a_one_sided_article_takes_that_side(tone):
    text = (
        "The summit ended with a landmark agreement. "
        "Both leaders praised the fruitful talks. "
        "The delegations will meet again in May."
    )
    result = tone(text)
    assert result.label == "positive"
    assert 0 < result.score <= 1


def test_datelines_and_headings_are_not_sentences(tone):
    result = tone("Northport, 4 May.\n\nThe council approved the budget on Tuesday.")
    assert result.components.sentences == 1


def test_a_paragraph_break_ends_a_sentence(tone):
    text = 'The mayor said "we welcome the plan."\n\nThe opposition called the plan a disaster.'
    result = tone(text)
    assert result.components.sentences == 2
    assert result.label == "mixed"


# --- statement tone -------------------------------------------------------------------------


def test_span_tone_reads_only_the_quoted_words(parsed):
    text = 'The minister praised the excellent harvest. "The floods were a disaster," a farmer said.'
    article = parsed(text)
    quote = "The floods were a disaster,"
    start = text.index(quote)
    assert span_tone(article, Span(start, start + len(quote))).label == "negative"
    assert article_sentiment(article).label == "mixed"


def test_negation_outside_the_quote_still_applies_to_it(parsed):
    text = "The envoy did not call the talks productive."
    word = text.index("productive")
    assert span_tone(parsed(text), Span(word, word + len("productive"))).label == "negative"


@pytest.mark.parametrize(
    "span", [Span(0, 0), Span(10, 3), Span(-50, 5), Span(5, 10**9), Span(10**9, 10**9 + 5)]
)
def test_span_tone_accepts_any_span(parsed, span):
    result = span_tone(parsed("The talks were excellent."), span)
    assert isinstance(result, Tone)
    assert -1.0 <= result.score <= 1.0


# --- robustness -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n\t ", "\x00\x01\x02 \x07\x1b[31m", "!!!???", "a" * 5000, "good and not bad " * 400],
)
def test_pathological_text_does_not_raise(tone, text):
    result = tone(text)
    assert result.label in ("positive", "negative", "neutral", "mixed")
    assert -1.0 <= result.score <= 1.0


def test_empty_article_is_neutral_with_no_sentences(tone):
    result = tone("")
    assert (result.label, result.score, result.components.sentences) == ("neutral", 0.0, 0)
