"""The two entry points the pipeline calls: the tone of a whole article and of one statement.

Both cut their text into sentences first and score each one on its own, because VADER's
word-window rules and scale were made for sentence-sized text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from streams.enrich.extractors.sentiment.doc_cache import per_doc
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


@dataclass(frozen=True, slots=True)
class _Sentence:
    """Token range of one sentence and what holds for the whole of it, also for a quote inside it."""

    start: int
    end: int
    hedged: bool
    asked: bool


@per_doc
def _sentence_index(doc: Doc) -> tuple[list[_Sentence], list[int]]:
    """The doc's sentences and their end tokens (ascending, for bisection).

    Computed once per doc: each statement's tone needs only the sentences it overlaps, and
    finding them by walking the whole doc per statement made the sentiment stage quadratic.
    """
    lex = news_lexicon()
    sentences = [_Sentence(s.start, s.end, is_hedged(s, lex), is_question(s)) for s in _sentences(doc)]
    return sentences, [s.end for s in sentences]


def _tone(doc: Doc, start_token: int, end_token: int) -> TextTone:
    lex = news_lexicon()
    sentences, ends = _sentence_index(doc)
    parts: list[PartScore] = []
    for i in range(bisect_right(ends, start_token), len(sentences)):  # not a slice: no copy per quote
        sentence = sentences[i]
        if sentence.start >= end_token:
            break
        lo, hi = max(sentence.start, start_token), min(sentence.end, end_token)
        parts.append(score_part(doc[lo:hi], lex, hedged=sentence.hedged, asked=sentence.asked))
    return combine(parts)


def article_sentiment(parsed: ParsedArticle) -> ArticleSentiment:
    tone = _tone(parsed.doc, 0, len(parsed.doc))
    return ArticleSentiment(tone.label, tone.score, tone.components, METHOD)


def span_tone(parsed: ParsedArticle, span: Span) -> Tone:
    """Tone of the statement's own words; the surrounding sentence only lends its grammar."""
    doc = parsed.doc
    start, end = max(0, span.start), min(len(parsed.text), span.end)  # doc.text is rebuilt per call
    words = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    if words is None or not len(words):
        return Tone("neutral", 0.0)
    tone = _tone(doc, words.start, words.end)
    return Tone(statement_label(tone), tone.score)
