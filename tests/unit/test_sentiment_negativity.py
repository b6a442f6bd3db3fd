"""A bad word outweighs an equally rated good one (part_score.NEGATIVE_WEIGHT), on invented sentences.

Each sentence pairs a good and a bad act of about the same rated strength; netted one for one
they cancel out or lean positive, while a reader of news hears the bad news. A sentence with
only good words, or a good side clearly stronger, stays positive.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import span_tone
from streams.enrich.extractors.sentiment.part_score import PartScore
from streams.enrich.model import Span
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.fixture(scope="module")
def tone_of(nlp):
    def run(text: str) -> str:
        return span_tone(parse(Article(id="n", text=text), nlp), Span(0, len(text))).label

    return run


def test_equal_valences_net_to_the_bad_side() -> None:
    assert PartScore(positive=2.0, negative=2.0, clause=True).compound < 0


def test_a_good_side_twice_as_strong_still_wins() -> None:
    assert PartScore(positive=4.0, negative=2.0, clause=True).compound > 0


@pytest.mark.parametrize(
    "text",
    [
        "The ministry welcomed the report and regretted its findings.",  # government
        "The astronomers celebrated the launch and mourned the lost probe.",  # science
        "Villagers thanked the rescuers and blamed the council.",  # local
        "Investors liked the profits and disliked the debt.",  # business
        "The coach praised his players and criticised the referee.",  # sport
    ],
)
def test_a_good_and_a_bad_act_of_equal_weight_read_negative(tone_of, text: str) -> None:
    assert tone_of(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry welcomed the report and praised its clear findings.",
        "The astronomers celebrated the successful launch.",
        "The coach praised his players for a brilliant and generous display.",
    ],
)
def test_good_news_alone_stays_positive(tone_of, text: str) -> None:
    assert tone_of(text) == "positive"
