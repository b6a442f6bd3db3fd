"""STATEMENTS extractor: who said what, quoted (`direct`) or reported (`indirect`).

The pipeline of this package, each step in its own module:
quotes (find quotation marks) → direct (attribute quotes, rejoin split ones) and reported
(speech cues without quotation marks) → here, settle overlaps between the two → attribution
(name the speaker through the article's cast, in text order so pronouns and descriptions see who
came before).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from spacy.tokens import Token

from streams.enrich.cast import Entity, Resolver, cast_of
from streams.enrich.model import Span, Speaker, Statement
from streams.enrich.nlp import ParsedArticle

from .cues import cue_text
from .direct import direct_statements, leads_into, names_a_term, put_by_press
from .embedded import report_around_quotes
from .found import Found
from .interview import with_interview
from .layout import Layout
from .lede_voice import name_lede_voices
from .modified_terms import heads_a_modified_term
from .quotes import Quote
from .repair import close_at_attribution
from .reported import dates_reported_event, given_as_reason, reported_statements
from .titles import gives_another_name, in_title_case, keeps_a_name_at_distance, names_a_slogan, names_a_work

MIN_UNATTRIBUTED_WORDS = 4
# Quotation marks around a name, not words said: a term, a work's title, a slogan, a name held at a distance.
_NAMING = (
    names_a_term,
    names_a_work,
    names_a_slogan,
    keeps_a_name_at_distance,
    gives_another_name,
    heads_a_modified_term,
)


class _QuoteIndex:
    """Answers "is this character inside a quotation?" by binary search over the sorted quotes."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.opens = [q.open_mark for q in quotes]
        self.ends = [q.close_end for q in quotes]

    def contains(self, char: int) -> bool:
        k = bisect_right(self.opens, char) - 1
        return k >= 0 and char < self.ends[k]

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_right(self.ends, start)
        return k < len(self.opens) and self.opens[k] < end


class _Covered:
    """Answers "is this character inside any statement's content?" over merged, sorted ranges."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def contains(self, char: int) -> bool:
        k = bisect_right(self.starts, char) - 1
        return k >= 0 and char < self.ends[k]


def _outside_other_content(reported: list[Found]) -> list[Found]:
    """Drops reported speech whose cue sits inside another report's content (`told X that he explained ...`).
    Content parts, not whole spans, count: "A, she noted, and B" has its own cue between its parts. A report
    given as the reason inside another ("A because Y had said B, X said"), or dating what it reports ("X said A
    after Y said B"), is Y's own statement too."""
    ordered = sorted(p for f in reported for p in f.parts)
    starts = [start for start, _ in ordered]
    reach: list[int] = []
    for _, end in ordered:
        reach.append(max(end, reach[-1]) if reach else end)
    kept = []
    for f in reported:
        cue = f.cue.idx if f.cue is not None else f.start
        k = bisect_left(starts, cue)
        inner = f.cue is not None and (given_as_reason(f.cue) or dates_reported_event(f.cue))
        if not (k and reach[k - 1] > cue) or inner:
            kept.append(f)
    return kept


def _inner_reports_first(reported: list[Found]) -> list[Found]:
    """ "According to the paper, X said that ...": X speaks; the source the report went through frames it."""
    cues = sorted(f.cue.idx for f in reported if f.cue is not None)
    return [
        f
        for f in reported
        if f.cue is None
        or f.cue.lower_ != "according"
        or not any(bisect_left(cues, s) < bisect_left(cues, e) for s, e in f.parts)
    ]


def _settle(layout: Layout, direct: list[Found], reported: list[Found], index: _QuoteIndex) -> list[Found]:
    """Quotes win over reported speech: a report that contains or overlaps a quote, or whose cue
    introduces a quote ("told X that A but “B”"), is that quote's frame, not a second statement.
    Nothing in a headline or sub-head is a statement: it sums up the reporting below it, nor is a question
    the press puts."""
    quoting_cues = {f.cue.i for f in direct if f.cue is not None}
    reported = [f for f in reported if f.cue is not None and not index.contains(f.cue.idx)]
    framing = [f for f in reported if f.cue.i in quoting_cues]
    reported = _outside_other_content(_inner_reports_first([f for f in reported if f.cue.i not in quoting_cues]))
    kept: list[Found] = []
    for f in framing + reported:
        if layout.paragraph_is_headline(f.cue.idx):
            continue
        if f.cue.i in quoting_cues or index.overlaps(f.start, f.end):
            kept.extend(_unquoted_clauses(f, index) if f.clauses else _around(layout, f, index))
        else:
            kept.append(f)
    direct = [
        f
        for f in direct
        if not layout.paragraph_is_headline(f.start)
        and not put_by_press(f)
        and (
            f.cue is not None
            or f.subject is not None  # attributed without a cue: `X's verdict was blunt: "..."`
            or (_word_count(layout.text, f) >= MIN_UNATTRIBUTED_WORDS and not _is_title(layout.text, f))
        )
    ]
    return sorted(direct + kept, key=lambda f: f.anchor)


def _unquoted_clauses(found: Found, index: _QuoteIndex) -> list[Found]:
    """`said A was "B" and that C`: the quote stands for A, and C is a statement of its own."""
    return [replace(found, parts=[clause], clauses=[]) for clause in found.clauses if not index.overlaps(*clause)]


def _around(layout: Layout, found: Found, index: _QuoteIndex) -> list[Found]:
    kept = report_around_quotes(layout, found, list(zip(index.opens, index.ends, strict=True)))
    return [kept] if kept is not None else []


def _is_title(text: str, found: Found) -> bool:
    """`her novel "A House Beyond the River"`: an unattributed quotation in title case names a work, a
    slogan or an event; nobody says it."""
    return found.subject is None and in_title_case(text, found.parts)


def _word_count(text: str, found: Found) -> int:
    return sum(len(text[s:e].split()) for s, e in found.parts)


def _continues(layout: Layout, found: Found, previous: Found | None) -> bool:
    """A quotation with no attribution of its own, in the paragraph of the statement before it or the
    next one: the previous statement's speaker goes on (the continuation rule of quote attribution)."""
    return (
        found.kind == "direct"
        and found.cue is None
        and found.subject is None
        and previous is not None
        and 0 <= layout.paragraph_of(found.start) - layout.paragraph_of(previous.end) <= 1
    )


def _statement(text: str, found: Found, speaker: tuple[Entity, str | None] | None) -> Statement:
    if speaker is None:
        named = None
    else:
        entity, title = speaker  # the fullest name, with the phrase's title or the person's own
        named = Speaker(name=entity.name, title=(title or entity.title) if entity.kind == "person" else title)
    return Statement(
        speaker=named,
        quote=" ".join(text[s:e] for s, e in found.parts),
        kind=found.kind,
        cue=cue_text(found.cue) if found.cue is not None and found.cue_written else None,
        span=Span(found.start, found.end),
        confidence=found.confidence,
    )


def _predicated_of(layout: Layout, found: Found) -> Token | None:
    """ `X "welcomed the chance to ..."`: a quotation that opens with the verb of a subject written before it
    is words about X (a readout's, a statement's), never X's own; returns that subject."""
    first = layout.token_index_at(found.start)
    if first >= len(layout.doc):
        return None
    verb = layout.doc[first]
    if verb.dep_ in ("aux", "auxpass", "advmod", "neg"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < first:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first), None)


def _sentence_subject(layout: Layout, found: Found) -> Token | None:
    """ `The draft defines the mission as "..."`: a quotation inside a sentence whose main subject is a noun
    written before it is that subject's wording, not the person last in focus; returns that subject."""
    first = layout.token_index_at(found.start)
    if first >= len(layout.doc):
        return None
    sent = layout.doc[first].sent
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.right_edge.i >= first - 1:
        return None
    return subject


def _source_in_paragraph(
    layout: Layout, found: list[Found], speakers: list[tuple[Entity, str | None] | None], k: int, topic: Entity | None
) -> tuple[Entity, str | None] | None:
    """The nearest attributed speaker in the paragraph of statement `k` other than the one it is about."""
    here = layout.paragraph_of(found[k].start)
    near = [
        (abs(f.start - found[k].start), who)
        for f, who in zip(found, speakers, strict=True)
        if f is not found[k] and who is not None and f.cue is not None and who[0] is not topic
        and layout.paragraph_of(f.start) == here
    ]
    return min(near, key=lambda n: n[0])[1] if near else None


def _speakers(layout: Layout, found: list[Found], resolver: Resolver) -> list[tuple[Entity, str | None] | None]:
    """Each statement's speaker through the cast, in text order so pronouns see who came before. Words
    about someone (`X "welcomed ..."`) are the paragraph's attributed source's, once all are known."""
    speakers: list[tuple[Entity, str | None] | None] = []
    about: dict[int, Entity | None] = {}
    led: list[int] = []  # quotations that open the words of the attributed quotation after them
    for k, f in enumerate(found):
        unattributed = f.kind == "direct" and f.cue is None and f.subject is None
        own = _sentence_subject(layout, f) if unattributed else None
        previous = speakers[-1] if k and own is None and _continues(layout, f, found[k - 1]) else None
        topic = _predicated_of(layout, f) if unattributed else None
        if previous is not None:
            speakers.append(resolver.continuation(f.start, previous[0]))
        elif topic is not None:
            about[k] = resolver.entity(topic)
            speakers.append(None)
        elif unattributed and k + 1 < len(found) and leads_into(layout, f, found[k + 1]):
            led.append(k)
            speakers.append(None)
        elif own is not None:
            speakers.append(resolver.speaker(own))
        elif unattributed:
            here = layout.paragraph_of(f.start)
            speakers.append(resolver.nearby(f.start, layout.paragraph_bounds(max(0, here - 1))[0]))
        else:
            speakers.append(resolver.speaker(f.subject))
    for k in reversed(led):
        speakers[k] = speakers[k + 1]
    for k, topic_entity in about.items():
        speakers[k] = _source_in_paragraph(layout, found, speakers, k, topic_entity)
    return speakers


def extract_statements(parsed: ParsedArticle) -> list[Statement]:
    """Statements in order of appearance, each with its span in `parsed.text`."""
    text = parsed.text
    if not text.strip():
        return []
    layout = Layout(text, parsed.doc)
    quotes = [close_at_attribution(layout, q) for q in layout.quotes]
    quotes = [q for q in quotes if not any(names(layout, q) for names in _NAMING)]
    index = _QuoteIndex(quotes)
    reported = reported_statements(layout, index.opens)
    found = _settle(layout, direct_statements(layout, quotes), reported, index)
    covered = _Covered([(q.open_mark, q.close_end) for q in quotes] + [p for f in reported for p in f.parts])
    cast = cast_of(parsed.doc)
    found = with_interview(layout, cast.mentions, found)
    speakers = _speakers(layout, found, cast.resolver(index.contains, covered.contains))
    speakers = name_lede_voices(layout, found, speakers, covered.contains)
    cast.record_speakers([(f.start, f.end, who[0]) for f, who in zip(found, speakers, strict=True) if who])
    statements = [_statement(text, f, who) for f, who in zip(found, speakers, strict=True)]
    return sorted(statements, key=lambda s: s.span.start)
