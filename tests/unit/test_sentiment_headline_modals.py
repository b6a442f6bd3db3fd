"""A headline word rated only as a verb is read as one after a modal, as after "to".

"Mine could close", "Factory will not close": without tags "close" is left out of a headline ("close
ties"), but a modal, negated or not, leaves only the verb. Invented headlines.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment.headline import headline_part
from streams.enrich.extractors.sentiment.lexicon import news_lexicon


def _tone(title: str) -> tuple[float, float]:
    part, _ = headline_part(title, news_lexicon())
    return part.positive, part.negative


@pytest.mark.parametrize(
    "title",
    [
        "Hospital ward will close over winter",  # health
        "Mine could close by 2027",  # business
        "Newsroom will close in Hobart",  # culture, media
        "Stadium may close for repairs, court rules",  # sport, courts
    ],
)
def test_a_closure_after_a_modal_is_bad_news(title):
    positive, negative = _tone(title)
    assert negative > 0 and positive == 0


@pytest.mark.parametrize(
    "title",
    [
        "Factory will not close, owners say",  # business
        "Library won't close, council says",  # local
        "Care home will not close, says minister",  # health
    ],
)
def test_a_closure_denied_after_a_modal_is_good_news(title):
    positive, negative = _tone(title)
    assert positive > 0 and negative == 0


@pytest.mark.parametrize("title", ["Close ties as leaders meet in Hanoi", "Leaders meet amid close race"])
def test_close_without_a_verb_mark_stays_unrated(title):
    assert _tone(title) == (0.0, 0.0)
