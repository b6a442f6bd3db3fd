"""The sentence score memo: the same tones with and without it, and no score served for a sentence
whose annotations differ in anything the scorer reads."""

from __future__ import annotations

import orjson
import pytest

from streams.bench.corpus import generate
from streams.bench.stream import news_stream, stories_for
from streams.enrich.extractors.sentiment import article_sentiment, memo
from streams.enrich.extractors.sentiment.article import placed_sentences
from streams.enrich.extractors.sentiment.lexicon import build_lexicon, news_lexicon
from streams.enrich.model import Span
from streams.enrich.nlp import ParsedArticle, parse
from streams.enrich.pipeline import Enricher
from streams.enrich.speedups.parse_cache import ParseCache
from streams.ingest.article import Article
from streams.ingest.validate import decode_article


@pytest.fixture
def use_memo(monkeypatch):
    """Starts the process memo empty, with room for `entries` scores (0: nothing is kept)."""

    def start(entries: int) -> memo.PartMemo:
        fresh = memo.PartMemo(news_lexicon(), entries)
        monkeypatch.setattr(memo, "_current", fresh)
        return fresh

    return start


def tones(enricher: Enricher, articles: list[Article]) -> list[tuple]:
    out = []
    for article in articles:
        result = enricher.enrich(article)
        out.append((result.sentiment, [(s.span, s.tone) for s in result.statements]))
    return out


@pytest.mark.parametrize("seed", [3, 11])
def test_a_news_stream_gets_the_same_tones_with_and_without_the_memo(nlp, use_memo, seed):
    """Versions and syndicated copies (the bench's news stream) repeat most sentences; with the
    parse cache on too, a reused sentence comes from a restored copy of its paragraph's parse."""
    stream = news_stream(generate(stories_for(14), seed=seed), 14, seed=seed)
    articles = [decode_article(orjson.dumps(raw)) for raw in stream]
    use_memo(0)
    expected = tones(Enricher(nlp, cache=None), articles)
    kept = use_memo(memo.MAX_ENTRIES)
    assert tones(Enricher(nlp, cache=ParseCache(nlp, 2**26)), articles) == expected
    assert kept.hits > kept.misses > 0
    assert tones(Enricher(nlp, cache=None), articles) == expected  # all served from a warm memo


def _edited(doc, index: int, attr: str, value: str):
    copy = doc.copy()
    setattr(copy[index], attr, value)
    return copy


@pytest.mark.parametrize(
    ("text", "word", "attr", "value"),
    [
        ("The club's new stadium is a great success.", "success", "pos_", "ADP"),  # function words carry no rating
        ("The ministers avoided a costly war.", "avoided", "lemma_", "seek"),  # no longer a shifter
        ("Researchers said the trial was not a failure.", "not", "dep_", "advmod"),  # no longer a negation
        ("The mayor called it a Disaster for the town.", "Disaster", "ent_type_", "ORG"),  # a name is no opinion
    ],
    ids=["tag", "lemma", "relation", "entity"],
)
def test_a_sentence_with_one_annotation_changed_is_scored_anew(nlp, use_memo, text, word, attr, value):
    article = Article("m", text)
    doc = parse(article, nlp).doc
    index = next(t.i for t in doc if t.text == word)
    use_memo(0)
    original = article_sentiment(ParsedArticle(article, doc.copy())).score
    changed = article_sentiment(ParsedArticle(article, _edited(doc, index, attr, value))).score
    assert changed != original  # the change matters to the scorer, so a served score would show
    kept = use_memo(memo.MAX_ENTRIES)
    assert article_sentiment(ParsedArticle(article, doc.copy())).score == original
    assert article_sentiment(ParsedArticle(article, _edited(doc, index, attr, value))).score == changed
    assert article_sentiment(ParsedArticle(article, doc.copy())).score == original
    assert kept.hits == 1


def test_an_equal_sentence_elsewhere_in_another_doc_is_served_with_its_own_token_indices(nlp, use_memo):
    """Scored words are kept relative to the sentence, so a reused score points at this doc's tokens."""
    sentence = "Officials warned that the dispute could damage exports."
    first = Article("a", sentence)
    later = Article("b", "Trade talks resumed on Monday.\n\n" + sentence)
    quote = [Span(len(later.text) - len(sentence), len(later.text))]
    use_memo(0)
    expected = placed_sentences(parse(later, nlp), quote)
    kept = use_memo(memo.MAX_ENTRIES)
    placed_sentences(parse(first, nlp))
    assert placed_sentences(parse(later, nlp), quote) == expected
    assert kept.hits == 1 and any(p.part.words for p in expected)


def test_a_sentence_recurring_inside_new_text_is_scored_anew(nlp, use_memo):
    """Reuse follows paragraphs, as the parse cache does: new text costs what it costs."""
    sentence = "Officials warned that the dispute could damage exports."
    kept = use_memo(memo.MAX_ENTRIES)
    placed_sentences(parse(Article("a", sentence), nlp))
    placed_sentences(parse(Article("b", "Trade talks resumed on Monday. " + sentence), nlp))
    assert kept.hits == 0


def test_the_memo_is_bounded_and_belongs_to_one_lexicon(nlp, use_memo):
    kept = use_memo(2)
    for n in range(4):
        article_sentiment(parse(Article(str(n), f"Crew {n} fixed the broken bridge quickly."), nlp))
    assert len(kept) == 2
    other = build_lexicon("")
    assert memo.memo_for(other) is not kept and len(memo.memo_for(other)) == 0
    assert memo.memo_for(other).lexicon is other
