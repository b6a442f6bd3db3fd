"""The news-domain lexicon: loaded once, layered on a VADER instance, every group explained."""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from streams.enrich.extractors.sentiment.lexicon import build_lexicon, news_lexicon

LAYER = """
# a small layer written for this test
## group: test words
## kind: valence
## note: Invented for the test.
intelligence\t0
premature\t-1.0
## group: test phrases
## kind: phrase
## note: Invented for the test,
##   over two lines.
look forward\t1.2
## group: test shifters
## kind: shifter
## note: Invented for the test.
lack
"""


def test_layer_edits_the_instance_copy_and_never_vaders_module_state():
    analyzer = SentimentIntensityAnalyzer()
    lex = build_lexicon(LAYER, analyzer)
    assert "intelligence" not in lex.valence
    assert lex.valence["premature"] == -1.0
    assert lex.phrases[("look", "forward")] == 1.2
    assert lex.shifters == frozenset({"lack"})
    assert lex.longest_phrase == 2
    assert SentimentIntensityAnalyzer().lexicon["intelligence"] > 0


def test_the_process_lexicon_is_built_once():
    assert news_lexicon() is news_lexicon()


def test_the_shipped_file_reviews_vader_words_for_news():
    lex = news_lexicon()
    assert "intelligence" not in lex.valence
    assert lex.valence["constructive"] > 0
    assert lex.valence["premature"] < 0
    assert lex.valence["sanctions"] < 0
    assert {"lack", "avoid", "premature"} <= lex.shifters


@pytest.mark.parametrize(
    ("layer", "complaint"),
    [
        ("## group: unexplained\n## kind: valence\nhope\t0\n", "no note"),
        ("## group: odd\n## kind: emoji\n## note: Invented.\n", "unknown kind"),
        ("## group: short\n## kind: valence\n## note: Invented.\nhope\n", "tab-separated"),
        ("hope\t0\n", "outside a group"),
    ],
)
def test_malformed_layers_are_refused_with_a_reason(layer, complaint):
    with pytest.raises(ValueError, match=complaint):
        build_lexicon(layer, SentimentIntensityAnalyzer())
