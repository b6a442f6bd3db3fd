"""When an encounter happened, as written: the date phrase on its anchors, or the model's date entity
around a word. Turning the phrase into a day is `iso_date`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from streams.enrich.extractors.meetings.days import MONTH, WEEKDAYS, names_a_day
from streams.enrich.extractors.meetings.gazetteer import place_country
from streams.enrich.extractors.meetings.iso_date import ORDINAL_DAY
from streams.enrich.extractors.meetings.last_met import last_met_day
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import strip_possessive
from streams.enrich.extractors.meetings.phrases import AFTER_PREPS, prep_objects
from streams.enrich.extractors.meetings.postponing import postpones
from streams.enrich.extractors.meetings.status_mode import broken_off_midway

_DATE_PREPS = ("on", "in", "at", "during", "over")  # "over the weekend"
_DATE_DEPS = ("npadvmod", "tmod", "nmod", "compound", "poss")  # "poss": "Tuesday's meeting"
_MAX_DAY_WORDS = 4
_DURATION = re.compile(r"^\W*(\d+|two|three|four|five|six|several|few)[\s-]+(year|month|week|day|hour)", re.I)
_EVENT_RELATIVE = re.compile(r"(?:the|that)\s+(?:same\s+|next\s+|following\s+|previous\s+)?day\b", re.I)
_SPAN = re.compile(r"(?:(?:the|a|an|a few|few|several|many|some|\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
                   r"\s+)?(?:year|month|week|day|hour|minute)s?(?P<later>\s+(?:later|earlier))?", re.I)
_FROM_AN_EVENT = ("after", "before", "since")
_RANGE = re.compile(r"\w\s*(?:-|\b(?:to|until|through|till)\b)\s*\w", re.I)  # a span of days, not a start alone
_WITHIN_A_DAY = ("hour", "minute", "moment")
_MOMENTS_AWAY = ("shortly", "just", "soon", "immediately", "moments")


def find_date(points: list[Token], labels: bool) -> str | None:
    """The date phrase attached to the trigger or its verb, as written. "was called off on Monday" dates the
    decision, not the encounter: a date on a cancelling or postponing verb (other than the trigger), before or
    after it, is the decision's ("X on Monday postponed talks that had been set for Friday" were set for
    Friday); one between the encounter told as its subject and the verb ("the meeting with X on Friday was
    cancelled", which the small model hangs on the verb) still dates the meeting. With `labels`, a day that
    owns the encounter ("Monday's talks with X") dates it too; a mention that names no sides leaves such a
    label to `period`, which places it inside the period the story announced. A day told only against a day
    told before ("the same day", "the next day") is kept for when nothing else dates the encounter; one counted
    from another event ("the day before the vote") names none. Among the phrases on one word, a day beats a
    period: "for the second time this week on Tuesday" was on Tuesday."""
    fallback = None
    for point in points:
        decision = point.i != points[0].i and point.pos_ in ("VERB", "AUX") and _calls_off(point) and (
            not broken_off_midway(point))
        period = None
        for token in _date_candidates(point):
            if (decision and not points[0].i < token.i < point.i) or (token.dep_ == "poss" and not labels):
                continue
            text = date_entity(token) or _unlabelled_day(token)
            if text and token.dep_ == "poss":
                text = strip_possessive(text)  # "next week's summit"
            if text and _EVENT_RELATIVE.match(text):
                fallback = fallback or text
            elif text and names_a_day(text):
                return text
            elif text:
                period = period or text
        if period:
            return period
    return fallback


def _counted_from_an_event(text: str, after: Token | None) -> bool:
    """"A day after the vote", "the day before the final", "Weeks after his talks", "Days later": a span told
    as the distance from another event names no day of its own (the event's day is another phrase's)."""
    span = _SPAN.fullmatch(text)
    return span is not None and (span["later"] is not None or (after is not None and after.lower_ in _FROM_AN_EVENT))


def _calls_off(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma in LEX.cancel_words or postpones(verb)


def _unlabelled_day(token: Token) -> str | None:
    """"late last night", "yesterday" left untagged by the model: a bare time adverbial naming a day; "on the
    3rd", tagged as an ordinal, names a day of the month."""
    if token.ent_type_ == "ORDINAL" and token.dep_ == "pobj" and token.head.lower_ == "on":
        text = token.doc[token.left_edge.i : token.i + 1].text
        return text if ORDINAL_DAY.fullmatch(text.lower()) else None
    if token.ent_type_ or token.dep_ not in ("npadvmod", "tmod"):
        return None
    text = token.doc[token.left_edge.i : token.right_edge.i + 1].text.strip()
    return text if names_a_day(text) and len(text.split()) <= _MAX_DAY_WORDS else None


def _date_candidates(point: Token) -> Iterator[Token]:
    for child in point.children:
        if child.dep_ in _DATE_DEPS or (child.dep_ == "advmod" and child.lower_ == "ago"):  # "two days ago"
            yield child
        elif child.dep_ == "advmod":  # "late on Wednesday", "early on Monday": the day hangs on the adverb
            yield from (obj for prep in child.children if prep.dep_ == "prep" and prep.lower_ in _DATE_PREPS
                        for obj in prep.children if obj.dep_ == "pobj")
    yield from _same_day_event(point)
    last = last_met_day([point])
    for prep, obj, _ in prep_objects(point):
        if prep in _DATE_PREPS or (prep == "for" and point.lemma_.lower() in LEX.schedule_words) or (  # "set for May 3"
                last is not None and obj.i == last.i) or (  # "have not met since May 13": they last met that day
                prep == "from" and _RANGE.search(date_entity(obj) or "")):  # "from May 7 to 10": its first day
            yield obj
        yield from (c for c in obj.children if c.dep_ in ("npadvmod", "tmod"))


def last_met_since(points: list[Token], text: str) -> bool:
    """The date read is the day of the last encounter before a denial, so it lies behind publication for
    certain, however far back it falls."""
    return any((day := last_met_day([point])) is not None and date_entity(day) == text
               for point in points)


def _same_day_event(point: Token) -> Iterator[Token]:
    """"met X hours after the vote on Monday", "shortly before the final on Saturday": an event told as hours
    or moments away shares its day with the encounter."""
    for prep in point.children:
        if prep.dep_ == "prep" and prep.lower_ in (*AFTER_PREPS, "before") and any(
                (c.dep_ == "npadvmod" and c.lemma_.lower() in _WITHIN_A_DAY) or (
                    c.dep_ == "advmod" and c.lower_ in _MOMENTS_AWAY) for c in prep.children):
            yield from (o for obj in prep.children if obj.dep_ == "pobj" for p in obj.children
                        if p.dep_ == "prep" and p.lower_ in _DATE_PREPS for o in p.children if o.dep_ == "pobj")


def date_entity(token: Token) -> str | None:
    if token.ent_type_ not in ("DATE", "TIME"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].ent_type_ == token.ent_type_ and doc[start].ent_iob_ != "B":
        start -= 1
    while start > 0 and token.ent_type_ == "TIME" and doc[start - 1].ent_type_ == "DATE":
        start -= 1  # "on Wednesday evening" is tagged as a date followed by a time: one phrase
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while start > 0 and doc[start - 1].ent_type_ in ("DATE", "TIME") and start <= doc[start - 1].head.i < end:
        start -= 1  # "late Monday | night" tagged as two phrases of one noun phrase
    if token.ent_type_ == "TIME" and end < len(doc) and doc[end - 1].lower_ == "of" and doc[end].ent_type_ == "DATE":
        end += 1  # "the early hours of | Monday": a time of a day, tagged as two phrases
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    if start > 0 and doc[start - 1].lower_ in ("later", "earlier") and start <= doc[start - 1].head.i < end:
        start -= 1  # "later tonight" left out of the tagged phrase: the part of the day still to come
    text = doc[start:end].text.strip()
    if _DURATION.match(text) and not text.lower().endswith("ago"):  # "two days", not "two days ago"
        return None
    if _counted_from_an_event(text, doc[end] if end < len(doc) else None):
        return None
    if token.ent_type_ == "TIME" and not any(w in text.lower() for w in (*LEX.day_words, *WEEKDAYS)):
        return None  # "at 4pm" names no day; "in the early hours of Wednesday" does
    if place_country(text) and not MONTH.search(text):
        return None  # "in Manchester" mistagged as a date: a known place is no date (the month "March" is)
    return text or None
