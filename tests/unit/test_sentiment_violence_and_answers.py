"""News words of violence and ruin that VADER leaves unrated, and words it rates that news uses
in a neutral sense: the adverb "hard" of effort and the "No," that opens an interview answer."""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import span_tone
from streams.enrich.model import Span
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def _tone(nlp, text: str, quote: str) -> str:
    start = text.index(quote)
    return span_tone(parse(Article(id="v", text=text), nlp), Span(start, start + len(quote))).label


NEGATIVE = [
    # conflict
    ("A breakaway faction claimed responsibility for the ambush, the army said.",
     "claimed responsibility for the ambush"),
    ("Residents said heavy shelling had gone on through the night in the river district.",
     "heavy shelling had gone on through the night in the river district"),
    # maritime / disaster
    ("The coastguard said the fishing boat capsized near the reef on Sunday.",
     "the fishing boat capsized near the reef on Sunday"),
    # crime
    ("Inspector Nadia Rahman said the kidnapping of the shopkeeper was being investigated.",
     "the kidnapping of the shopkeeper was being investigated"),
    # sport idiom
    ("Coach Aroha Ngata said the squad's confidence was in tatters after the final.",
     "the squad's confidence was in tatters after the final"),
    # unrest and instability: international, business, health
    ("The envoy Farah Siddiqui said the unrest in the mountain provinces had spread to the coast.",
     "the unrest in the mountain provinces had spread to the coast"),
    ("Treasurer Marta Kowalski said the copper market was volatile all week.",
     "the copper market was volatile all week"),
    ("Dr Tendai Moyo said the clinic's funding had become precarious.",
     "the clinic's funding had become precarious"),
    # education / health trend
    ("Professor Olu Adeyemi said the figures showed an alarming trend in childhood asthma.",
     "the figures showed an alarming trend in childhood asthma"),
]


@pytest.mark.parametrize(("text", "quote"), NEGATIVE)
def test_news_words_of_violence_and_ruin_are_bad_news(nlp, text: str, quote: str) -> None:
    assert _tone(nlp, text, quote) == "negative"


NEUTRAL = [
    # sport
    ("Captain Lena Fischer said the players worked very hard on set pieces over the break.",
     "the players worked very hard on set pieces over the break"),
    # local politics
    ("Councillor Ravi Patel said residents had pushed hard for a vote on the new bus route.",
     "residents had pushed hard for a vote on the new bus route"),
    # courts: an answer
    ("Asked whether the firm had kept the records, Ms Aiyana Redcloud replied: \"No, they were sent to "
     "the archive in March\".", "No, they were sent to the archive in March"),
    # culture: an answer
    ("Asked if the tour would go ahead, the conductor Pavel Dvorak said: \"No, the orchestra returns "
     "home on Friday\".", "No, the orchestra returns home on Friday"),
]


@pytest.mark.parametrize(("text", "quote"), NEUTRAL)
def test_effort_and_answer_words_carry_no_tone(nlp, text: str, quote: str) -> None:
    assert _tone(nlp, text, quote) == "neutral"


def test_hard_as_difficulty_and_no_as_determiner_keep_their_reading(nlp) -> None:
    text = "The farmer Kwame Asante said it had been a hard winter and there was no hope of a harvest."
    assert _tone(nlp, text, "it had been a hard winter and there was no hope of a harvest") == "negative"
