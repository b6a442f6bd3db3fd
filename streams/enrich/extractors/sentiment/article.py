"""The two entry points the pipeline calls: the tone of a whole article and of one statement.

Both cut their text into sentences first and score each one on its own, because VADER's
word-window rules and scale were made for sentence-sized text.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from streams.enrich.extractors.sentiment.lexicon import news_lexicon
from streams.enrich.extractors.sentiment.scorer import PartScore, is_hedged, is_question, score_part
from streams.enrich.extractors.sentiment.tone import TextTone, combine, statement_label
from streams.enrich.model import ArticleSentiment, Span, Tone
from streams.enrich.nlp import ParsedArticle

METHOD = "newswire-vader-news/1"


def _sentences(doc: Doc) -> Iterator[DocSpan]:
    """Sentences from the parse, also cut at blank lines.

    A sentence never runs across a paragraph break, but the small parser sometimes joins the last
    sentence of a paragraph to the next one when it ends in a closing quote. A doc parsed without
    sentence boundaries counts as one sentence.
    """
    sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sentence in sentences:
        start = sentence.start
        for token in sentence:
            if token.is_space and token.text.count("\n") >= 2:
                if start < token.i:
                    yield doc[start : token.i]
                start = token.i + 1
        if start < sentence.end:
            yield doc[start : sentence.end]


def _tone(doc: Doc, start_token: int, end_token: int) -> TextTone:
    lex = news_lexicon()
    parts: list[PartScore] = []
    for sentence in _sentences(doc):
        lo, hi = max(sentence.start, start_token), min(sentence.end, end_token)
        if lo < hi:
            hedged, asked = is_hedged(sentence, lex), is_question(sentence)
            parts.append(score_part(doc[lo:hi], lex, hedged=hedged, asked=asked))
    return combine(parts)


def article_sentiment(parsed: ParsedArticle) -> ArticleSentiment:
    tone = _tone(parsed.doc, 0, len(parsed.doc))
    return ArticleSentiment(tone.label, tone.score, tone.components, METHOD)


def span_tone(parsed: ParsedArticle, span: Span) -> Tone:
    """Tone of the statement's own words; the surrounding sentence only lends its grammar."""
    doc = parsed.doc
    start, end = max(0, span.start), min(len(doc.text), span.end)
    words = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    if words is None or not len(words):
        return Tone("neutral", 0.0)
    tone = _tone(doc, words.start, words.end)
    return Tone(statement_label(tone), tone.score)
