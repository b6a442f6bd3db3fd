"""Sentiment for `events.sentiment` and per-statement tone: VADER's lexicon with a news-domain layer.

See `scorer.py` for why the parse, not VADER's word windows, supplies the context (and which module
reads what), and `tone.py` for why an article's tone is built from its sentences.
"""

from streams.enrich.extractors.sentiment.article import METHOD, article_sentiment, span_tone

__all__ = ["METHOD", "article_sentiment", "span_tone"]
