"""The two entry points the pipeline calls: the tone of a whole article and of one statement.

Both cut their text into sentences first and score each one on its own, because VADER's
word-window rules and scale were made for sentence-sized text. An article's sentences are then
weighed by where they stand (headline, lede, body) and whose voice they are (the article's own
narrative or a statement it reports), see `tone.py`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np
from spacy.attrs import IS_SPACE
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from streams.enrich.doc_cache import per_doc
from streams.enrich.extractors.sentiment.headline import headline_part
from streams.enrich.extractors.sentiment.lead import lead_tone
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon, news_lexicon
from streams.enrich.extractors.sentiment.memo import closed_range, memo_for, sentence_digest
from streams.enrich.extractors.sentiment.part_score import PartScore
from streams.enrich.extractors.sentiment.scorer import is_hedged, is_question, score_part
from streams.enrich.extractors.sentiment.tone import Placed, combine, statement_label
from streams.enrich.model import ArticleSentiment, Span, Tone
from streams.enrich.nlp import ParsedArticle

METHOD = "newswire-vader-news/2"
# The lede is the opening sentence: the summary a reader of news takes the story's tone from
# before deciding to read on (two sentences fitted no better on the annotated articles).
LEDE_SENTENCES = 1
# A quote of at most this many words with no rated word of its own is a fragment of a reported
# clause ('said repairs would take "two more weeks"'): it takes the tone of the sentence that reports
# it, which is what the speaker's point is. On the 31 real annotated articles, 2 to 4 words each
# put two more statements right (130 -> 132 of 160; leave-one-article-out .812 -> .819), 6 or more
# lost some; 3 sits in the middle of the plateau.
FRAGMENT_WORDS = 3


@per_doc
def _blank_lines(doc: Doc) -> list[int]:
    """Indices of the whitespace tokens that hold a blank line (a paragraph break), ascending.

    Found among the space tokens by array: building a Token for every word of the doc to ask
    this was a third of the stage's time once sentence scores were reused (`memo.py`).
    """
    spaces = np.flatnonzero(doc.to_array(IS_SPACE)).tolist()
    return [i for i in spaces if doc[i].text.count("\n") >= 2]


def _sentences(doc: Doc) -> Iterator[DocSpan]:
    """Sentences from the parse, also cut at blank lines.

    A sentence never runs across a paragraph break, but the small parser sometimes joins the last
    sentence of a paragraph to the next one when it ends in a closing quote. A doc parsed without
    sentence boundaries counts as one sentence.
    """
    sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    blanks = _blank_lines(doc)
    for sentence in sentences:
        start = sentence.start
        for i in blanks[bisect_left(blanks, sentence.start) : bisect_left(blanks, sentence.end)]:
            if start < i:
                yield doc[start:i]
            start = i + 1
        if start < sentence.end:
            yield doc[start : sentence.end]


@dataclass(frozen=True, slots=True)
class _Sentence:
    """Token range of one sentence and what holds for the whole of it, also for a quote inside it."""

    start: int
    end: int
    hedged: bool
    asked: bool
    paragraph: int  # index of the paragraph the sentence starts in
    base: int  # first token of the range around its paragraph that no dependency arc crosses
    digest: bytes  # of that range's annotations: a paragraph seen before reuses its scores (`memo.py`)


@per_doc
def _sentence_index(doc: Doc) -> tuple[list[_Sentence], list[int]]:
    """The doc's sentences and their end tokens (ascending, for bisection).

    Computed once per doc: each statement's tone needs only the sentences it overlaps, and
    finding them by walking the whole doc per statement made the sentiment stage quadratic.
    """
    lex, blanks = news_lexicon(), _blank_lines(doc)
    found, paragraph, last_end = [], 0, 0
    ranges: dict[int, tuple[int, int]] = {}  # paragraph -> the closed range around all its sentences
    for s in _sentences(doc):
        if bisect_left(blanks, s.start) > bisect_left(blanks, last_end):  # a blank line since the last one
            paragraph += 1
        base, end = closed_range(doc, s.start, s.end)
        lo, hi = ranges.get(paragraph, (base, end))
        ranges[paragraph] = (min(lo, base), max(hi, end))
        found.append((s, paragraph))
        last_end = s.end
    # The key covers the whole paragraph, so scores are reused exactly where the parse cache reuses a
    # paragraph (an update's unchanged paragraphs, a copy's): a sentence repeated in new text is new work.
    digests = {p: (lo, sentence_digest(doc, lo, hi)) for p, (lo, hi) in ranges.items()}
    sentences = [
        _Sentence(s.start, s.end, is_hedged(s, lex), is_question(s), p, *digests[p]) for s, p in found
    ]
    return sentences, [s.end for s in sentences]


def _parts(doc: Doc, start_token: int, end_token: int) -> Iterator[tuple[_Sentence, PartScore]]:
    lex = news_lexicon()
    memo = memo_for(lex)
    sentences, ends = _sentence_index(doc)
    for i in range(bisect_right(ends, start_token), len(sentences)):  # not a slice: no copy per quote
        sentence = sentences[i]
        if sentence.start >= end_token:
            break
        lo, hi = max(sentence.start, start_token), min(sentence.end, end_token)
        # A quoted question is a question though the sentence reporting it is not: 'To the question
        # "have you made mistakes?", she replied ...' asserts no mistakes.
        asked = sentence.asked or (hi < sentence.end and is_question(doc[lo:hi]))
        key = (sentence.digest, lo - sentence.base, hi - sentence.base, sentence.hedged, asked)
        yield sentence, memo.score(
            key, sentence.base,
            lambda lo=lo, hi=hi, s=sentence, q=asked: score_part(doc[lo:hi], lex, hedged=s.hedged, asked=q),
        )


def article_sentiment(parsed: ParsedArticle, statements: Sequence[Span] = ()) -> ArticleSentiment:
    """The article's tone; `statements` are the spans of the statements found in it, so that
    their sentences can be weighed as reported voices rather than the article's own narrative; the
    headline and lede give their side to an article that leans their way (`lead.py`)."""
    tone = lead_tone(placed_sentences(parsed, statements))
    return ArticleSentiment(tone.label, tone.score, tone.components, METHOD)


def placed_sentences(parsed: ParsedArticle, statements: Sequence[Span] = ()) -> list[Placed]:
    """The headline and the sentences that count, scored, with where they stand and whose voice."""
    doc, lex = parsed.doc, news_lexicon()
    placed: list[Placed] = []
    title = parsed.article.title
    if title and title.strip():
        part, words = headline_part(title, lex)
        placed.append(Placed(part, "headline", quoted=False, words=words))
    lede_left, lede_paragraph, quoted = LEDE_SENTENCES, None, _quoted_sentences(parsed, statements)
    for sentence, part in _parts(doc, 0, len(doc)):
        if not part.counts:
            continue
        if lede_paragraph is None:  # the first paragraph with a sentence: a dateline alone is none
            lede_paragraph = sentence.paragraph
        where = "lede" if sentence.paragraph == lede_paragraph and lede_left > 0 else "body"
        lede_left -= where == "lede"
        words = tuple((doc[i].lower_, v) for i, v in part.words)
        placed.append(Placed(part, where, quoted=sentence.start in quoted, words=words))
    return placed


def _quoted_sentences(parsed: ParsedArticle, statements: Sequence[Span]) -> set[int]:
    """First tokens of the sentences that a statement overlaps, found by bisection (an article at
    the size limit has thousands of sentences and hundreds of statements)."""
    sentences, ends = _sentence_index(parsed.doc)
    found, length = set(), len(parsed.text)  # not doc.text: spaCy rebuilds it on every access
    for span in statements:
        words = parsed.doc.char_span(max(0, span.start), min(length, span.end), alignment_mode="expand")
        if words is None or not len(words):
            continue
        for i in range(bisect_right(ends, words.start), len(sentences)):
            if sentences[i].start >= words.end:
                break
            found.add(sentences[i].start)
    return found


def span_tone(parsed: ParsedArticle, span: Span) -> Tone:
    """Tone of the statement's own words; the surrounding sentence lends its grammar, and the
    reporting verb its tone when it is one that evaluates ("warned", "welcomed"). A neutral
    fragment of a few words takes its whole sentence's tone (FRAGMENT_WORDS)."""
    tone = combine(statement_parts(parsed, span))
    return Tone(statement_label(tone), tone.score)


def statement_parts(parsed: ParsedArticle, span: Span) -> list[PartScore]:
    """The scored sentence parts of a statement, its evaluating cue verb's score added to the first."""
    doc = parsed.doc
    start, end = max(0, span.start), min(len(parsed.text), span.end)  # doc.text is rebuilt per call
    words = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    if words is None or not len(words):
        return []
    parts = [part for _, part in _parts(doc, words.start, words.end)]
    if len(words) <= FRAGMENT_WORDS and not any(p.positive or p.negative for p in parts):
        parts = [part for _, part in _parts(doc, words.sent.start, words.sent.end)]
    cue = _cue_part(words, news_lexicon())
    if cue is not None and parts:
        first = parts[0]
        parts[0] = replace(first, positive=first.positive + cue.positive, negative=first.negative + cue.negative)
    return parts


def _cue_part(words: DocSpan, lex: NewsLexicon) -> PartScore | None:
    """The score of the evaluating reporting verb that governs the statement from outside it."""
    for token in words:
        head = token.head
        if head.i == token.i or words.start <= head.i < words.end:
            continue
        if head.lemma_.lower() in lex.cues:
            part = score_part(head.doc[head.i : head.i + 1], lex)
            return part if part.positive or part.negative else None
    return None
