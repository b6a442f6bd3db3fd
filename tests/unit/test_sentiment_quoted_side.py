"""A story whose narrative tells one side and whose quoted voices the other holds both sides."""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import article_sentiment
from streams.enrich.extractors.sentiment.part_score import PartScore
from streams.enrich.extractors.sentiment.tone import Placed, Role, article_tone
from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import ArticleSentiment
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.fixture(scope="module")
def tone(nlp):
    def run(text: str) -> ArticleSentiment:
        parsed = parse(Article(id="t", text=text), nlp)
        return article_sentiment(parsed, [s.span for s in extract_statements(parsed)])

    return run


def placed(role: Role, positive: float = 0.0, negative: float = 0.0, quoted: bool = False) -> Placed:
    return Placed(PartScore(positive, negative, clause=True), role, quoted)


def test_three_quoted_sentences_stand_against_two_of_the_narrative():
    sentences = [
        placed("lede"),
        placed("body", negative=2.5), placed("body", negative=2.0),
        *(placed("body", 2.0, quoted=True) for _ in range(3)),
    ]
    assert article_tone(sentences).label == "mixed"


def test_one_quote_does_not_stand_against_one_sentence_of_the_narrative():
    sentences = [placed("lede"), placed("body", negative=2.5), placed("body"), placed("body", 2.0, quoted=True)]
    assert article_tone(sentences).label == "negative"


# Each opens on a plain lede; the reporter's own sentences give one side, the voices quoted the other.
NARRATIVE_AGAINST_QUOTES = {
    "economy": (
        "The central bank published its quarterly report on Thursday.\n\n"
        "Factory orders fell sharply in the autumn and exports weakened badly. "
        "Several large employers announced job cuts. "
        '"We expect a robust recovery next year," said the governor, Amara Okonkwo. '
        '"Household demand is strong and confidence is improving," she said. '
        '"The outlook is good," said Lars Eriksen, an economist at a regional bank.'
    ),
    "sport": (
        "The club confirmed the news about its striker on Saturday.\n\n"
        "Mateo Alvarez suffered a serious knee injury in the defeat and was carried off in pain. "
        "The club lost its third match in a row. "
        '"He is strong and he will come back better," said the coach, Kenji Watanabe. '
        '"We are hopeful and the team is united," Watanabe said. '
        '"The supporters have been wonderful," said the captain, Ivan Petrov.'
    ),
    "health": (
        "The health board met on Tuesday to discuss the winter.\n\n"
        "Hospital waiting lists grew to a record and several wards were closed by staff shortages. "
        "Patients faced long delays in the emergency department. "
        '"Our staff have done a wonderful job," said the chief nurse, Priya Raman. '
        '"New funding will help us recover quickly," said the board chair, Tomasz Nowak. '
        '"I am confident we will improve," Nowak said.'
    ),
}


@pytest.mark.parametrize("beat", sorted(NARRATIVE_AGAINST_QUOTES))
def test_a_narrative_of_bad_news_with_hopeful_voices_is_mixed(tone, beat):
    result = tone(NARRATIVE_AGAINST_QUOTES[beat])
    assert result.label == "mixed"
    assert result.components.basis == "balance"


# The reverse: the reporter tells good news, the three voices quoted are critical.
NARRATIVE_FOR_QUOTES = {
    "culture": (
        "The festival announced its figures on Sunday.\n\n"
        "Ticket sales rose to a record and the new opera won glowing reviews. "
        "The festival opened a beautiful new hall.",
        [
            '"The prices are a scandal for ordinary families," said Chiara Romano, a local teacher.',
            '"It is an elitist waste of public money," Romano said.',
            '"Smaller groups have suffered badly," said Olusegun Adeyemi, a theatre director.',
        ],
    ),
    "courts": (
        "The court gave its ruling on Friday.\n\n"
        "The judge upheld the appeal and the campaigners won their case. "
        "They were awarded full costs.",
        [
            '"The ruling is a disaster for the city," said the developer\'s lawyer, Hana Novak.',
            '"We are deeply disappointed," Novak said.',
            '"It is unfair and wrong," said Rafael Ortiz, the developer.',
        ],
    ),
    "international": (
        "The two governments issued a statement after the talks on Wednesday.\n\n"
        "The ministers signed a landmark trade agreement and praised the warm cooperation. "
        "Both sides welcomed the progress.",
        [
            '"This deal is a betrayal of our farmers," said the opposition leader, Nguyen Van An.',
            '"Prices will hurt poor families," An said.',
            '"It is a terrible mistake," said Sofia Lindqvist, a union leader.',
        ],
    ),
}


@pytest.mark.parametrize("beat", sorted(NARRATIVE_FOR_QUOTES))
def test_a_narrative_of_good_news_with_critical_voices_is_mixed(tone, beat):
    narrative, voices = NARRATIVE_FOR_QUOTES[beat]
    assert tone(narrative + " " + " ".join(voices)).label == "mixed"


@pytest.mark.parametrize("beat", sorted(NARRATIVE_FOR_QUOTES))
def test_one_critical_voice_qualifies_good_news(tone, beat):
    narrative, voices = NARRATIVE_FOR_QUOTES[beat]
    assert tone(narrative + " " + voices[0]).label == "positive"
