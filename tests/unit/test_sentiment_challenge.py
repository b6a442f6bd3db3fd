"""A challenge set for the SENTIMENT scorer, written before the scorer was run on any of it.

The texts are invented (places, people and organisations are made up) and each expected label is
a reader's judgement of the text, not of what the scorer does. The set covers what the two
annotated article sets are too small to show on their own: clear good and bad news, balanced
reports, plain factual reports, hedged and negated statements, and names that contain rated words.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import article_sentiment, span_tone
from streams.enrich.model import Span
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.fixture(scope="module")
def label(nlp):
    def run(text: str) -> str:
        return article_sentiment(parse(Article(id="c", text=text), nlp)).label

    return run


@pytest.fixture(scope="module")
def quote_label(nlp):
    def run(text: str, quote: str) -> str:
        start = text.index(quote)
        return span_tone(parse(Article(id="c", text=text), nlp), Span(start, start + len(quote))).label

    return run


POSITIVE_NEWS = [
    "The two countries signed a landmark trade agreement on Monday, ending a decade of tariffs on farm "
    "goods. Farmers' groups welcomed the deal, and both ministers praised what they called a "
    "breakthrough for the region.",
    "The new hospital in Dunmore opened three months ahead of schedule. Residents celebrated the "
    "opening, and the health minister thanked the builders for their excellent work.",
    "Relations between Marlandia and Oster have improved steadily since the border was reopened. "
    "The two leaders held friendly talks on Friday and agreed to expand cooperation on energy.",
]

NEGATIVE_NEWS = [
    "Talks between the two governments collapsed on Thursday amid mutual accusations of bad faith. "
    "The foreign minister called it a dark day for the region and warned of retaliation.",
    "Police launched a crackdown on protesters in the capital, detaining dozens. Rights groups "
    "condemned the arrests as illegal.",
    "The carmaker announced 2,000 layoffs after sales slumped for a third year.",
    "The atmosphere at the summit was tense, and the two delegations left without a joint statement.",
]

MIXED_NEWS = [
    "The reform won praise from business leaders, who said it would create thousands of jobs. "
    "Trade unions condemned it as an attack on workers and threatened a general strike.",
    "The ceasefire held for a second week, bringing relief to the city. But aid agencies warned "
    "that food shortages were getting worse and that several clinics had been destroyed.",
]

NEUTRAL_NEWS = [
    "The committee will meet on Tuesday to discuss the annual budget. The session starts at 10 a.m. "
    "in the council building.",
    "The minister arrived in Lisbon on Sunday for a two-day visit. She is scheduled to meet the "
    "prime minister and the mayor.",
    "The central bank kept its main rate at 3.5 percent on Thursday.",
    "Parliament will vote on the bill next week, a spokesman said.",
]

NEGATED = [
    ("The talks were not constructive.", "negative"),
    ("No progress was made at the second round of talks.", "negative"),
    ("There was no sign of a breakthrough after three days of talks.", "negative"),
    ("The negotiators failed to reach an agreement.", "negative"),
]

# Names that hold rated words ("Happy", "Fortune", "Freedom", "Hope", "Best", "Good") are labels.
NAMES = [
    ("Happy Valley Dairy Cooperative reported its quarterly figures on Monday.", "neutral"),
    ("Representatives of the Freedom Party met officials from the Bank of Hope in Marlow.", "neutral"),
    ("Health Minister Anna Best visited the Good Shepherd Hospital on Tuesday.", "neutral"),
    ("Fortune Holdings said its profits collapsed after a fire destroyed its main plant.", "negative"),
]

QUOTES = [
    ('Ana Ruiz called the agreement "a real breakthrough".', "a real breakthrough", "positive"),
    ('The mayor described the flooding as "a dark day for our town".', "a dark day for our town", "negative"),
    ('"We welcome this decision," the union said.', "We welcome this decision,", "positive"),
    (
        '"This ban is illegal and we will challenge it in court," the lawyer said.',
        "This ban is illegal and we will challenge it in court,",
        "negative",
    ),
    ('"The meeting will take place on Friday," the spokesman said.', "The meeting will take place on Friday,",
     "neutral"),
    ('The opposition leader called the budget "deeply unfair".', "deeply unfair", "negative"),
]


@pytest.mark.parametrize("text", POSITIVE_NEWS)
def test_clearly_good_news_is_positive(label, text):
    assert label(text) == "positive"


@pytest.mark.parametrize("text", NEGATIVE_NEWS)
def test_clearly_bad_news_is_negative(label, text):
    assert label(text) == "negative"


@pytest.mark.parametrize("text", MIXED_NEWS)
def test_strong_news_on_both_sides_is_mixed(label, text):
    assert label(text) == "mixed"


@pytest.mark.parametrize("text", NEUTRAL_NEWS)
def test_a_factual_report_is_neutral(label, text):
    assert label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said a deal might be possible next year, although many details remain unclear.",
        "The recovery remains fragile and uneven.",
    ],
)
def test_hedged_good_news_is_not_read_as_plain_good_news(label, text):
    assert label(text) in ("neutral", "mixed", "negative")


@pytest.mark.parametrize(("text", "expected"), NEGATED)
def test_negated_good_news_is_bad_news(label, text, expected):
    assert label(text) == expected


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_rated_words_inside_names_carry_no_tone(label, text, expected):
    assert label(text) == expected


@pytest.mark.parametrize(("text", "quote", "expected"), QUOTES)
def test_short_quotes_take_the_tone_of_their_words(quote_label, text, quote, expected):
    assert quote_label(text, quote) == expected


# --- rules added for quoted speech and news vocabulary (expectations written before the run) ---

# Composition: a shifter under a shifter ("failed to resolve"), a bad act done to a good thing, a
# good thing taken away ("strip ... of"). Each is bad news for a reader.
COMPOSED = [
    "The two unions failed to resolve their differences over the night shifts.",
    "The regulator failed to end the dispute between the ferry operators.",
    "Investigators said the scheme exploited the trust of elderly savers.",
    "The closure of the Brenmoor depot is a betrayal of a loyal workforce.",
    "The new rules would strip the valley towns of their best schools.",
]

# A conjunct with its own subject is its own clause: the first clause's "not" does not reach it.
CLAUSES = [
    "Most villagers did not own tractors and they feared the harvest would fail.",
]

# News words VADER's chat-based list does not rate.
NEWS_WORDS = [
    ("The county council reported a funding shortfall of 3 million pounds.", "negative"),
    ("The vote on the harbour plan was deferred again.", "negative"),
    ("Two planning officials were charged with bribery.", "negative"),
    ("The auditor found evidence of misconduct in the tender.", "negative"),
    ("The defendant pleaded not guilty to all counts.", "neutral"),
    ("The ferry to the lower harbour stopped at the pier at noon.", "neutral"),
]

QUESTIONS = [
    ("Will the new bridge be a success?", "neutral"),
    ("Is the treaty good for farmers? Delegates will vote on Friday.", "neutral"),
]

# Quotes take their dominant tone; "mixed" only when neither tone dominates.
QUOTES_DOMINANT = [
    (
        '"There are one or two good ideas in it, but the plan is a disaster for rural schools and an '
        'insult to teachers," the union leader said.',
        "There are one or two good ideas in it, but the plan is a disaster for rural schools and an "
        "insult to teachers,",
        "negative",
    ),
    ('"The firm has cooperated fully with the inquiry," its lawyer said.',
     "The firm has cooperated fully with the inquiry,", "positive"),
    ('"Was it worth it? I honestly cannot say," the mayor said.', "Was it worth it?", "neutral"),
]


@pytest.mark.parametrize("text", COMPOSED + CLAUSES)
def test_composed_bad_news_is_negative(label, text):
    assert label(text) == "negative"


@pytest.mark.parametrize(("text", "expected"), NEWS_WORDS)
def test_news_vocabulary_takes_its_news_sense(label, text, expected):
    assert label(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_a_question_asserts_no_tone(label, text, expected):
    assert label(text) == expected


@pytest.mark.parametrize(("text", "quote", "expected"), QUOTES_DOMINANT)
def test_a_quote_takes_its_dominant_tone(quote_label, text, quote, expected):
    assert quote_label(text, quote) == expected


@pytest.mark.xfail(
    strict=True,
    reason="known miss: VADER rates 'won' (2.7) above 'lost' (-1.3) and has no booster entry for "
    "'disastrously', so the quote reads positive",
)
def test_a_quote_where_one_tone_dominates_is_not_mixed(quote_label):
    text = '"We won a little on wages and lost disastrously on pensions," the negotiator said.'
    assert quote_label(text, "We won a little on wages and lost disastrously on pensions,") == "negative"
