"""What several test files read off the core the same way: the speakers of a text's statements, a headline's
score, an article's label, the cast of a sentence set in a story. One copy, so that a change in how statements,
headlines, article tone or the cast are read is made once for every test."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from streams.enrich.cast import Cast, cast_of
from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.extractors.sentiment import article_sentiment
from streams.enrich.extractors.sentiment.headline import headline_part
from streams.enrich.extractors.sentiment.lexicon import news_lexicon
from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def meetings_in(nlp: Language, text: str, *, published: dt.datetime | None) -> list[Meeting]:
    """The meetings of an invented one-article text; `published` is what its days count from."""
    return extract_meetings(parse(Article(id="t", text=text, published_at=published), nlp))


def side_names(meeting: Meeting) -> set[str]:
    """The names of a meeting's participants."""
    return {p.name for p in meeting.participants}


def speakers(nlp: Language, text: str) -> list[str | None]:
    """The speaker's name of every statement found in `text`, in order (None where unnamed); at least one."""
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    assert statements, "no statement found"
    return [s.speaker.name if s.speaker else None for s in statements]


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str]]:
    """Every statement found in `text` as (speaker's name or None, kind, quote), in order."""
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.kind, s.quote) for s in statements]


def speakers_opening(nlp: Language, text: str, opening: str) -> list[str | None]:
    """The speakers' names (None where unnamed) of the statements of `text` whose quote opens with `opening`."""
    return [name for name, _, quote in said(nlp, text) if quote.startswith(opening)]


def speaker_of(nlp: Language, text: str, fragment: str) -> str | None:
    """The speaker's name (None where unnamed) of the first statement of `text` whose quote holds `fragment`."""
    found = [name for name, _, quote in said(nlp, text) if fragment in quote]
    assert found, "no statement found"
    return found[0]


def headline(title: str) -> float:
    """The compound score the headline alone gets."""
    part, _ = headline_part(title, news_lexicon())
    return part.compound


def story_cast(nlp: Language, text: str) -> Cast:
    """The cast of `text` set after a first paragraph, so that its first line is body text, not a title."""
    return cast_of(parse(Article(id="t", text="The story went on this week.\n\n" + text), nlp).doc)


def titles(cast: Cast) -> dict[str, str | None]:
    """Each person's title in the cast, by the person's name (None where the article gives none)."""
    return {p.name: p.title for p in cast.people}


def article_label(nlp: Language, title: str, text: str) -> str:
    """The tone label of an article with a title, its statements' spans read as quoted voices."""
    parsed = parse(Article(id="t", text=text, title=title), nlp)
    return article_sentiment(parsed, [s.span for s in extract_statements(parsed)]).label
