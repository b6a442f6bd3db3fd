"""What the extractors find, before it is wrapped into versioned events.

Each extractor returns these plain records; `streams.events` turns them into the
messages of the topics. Offsets are character offsets into `Article.text`, so a
consumer can highlight the evidence in the original article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from streams.enrich.speedups.parse_cache import CacheUse

ParticipantKind = Literal["person", "organization", "country"]
MeetingMode = Literal["in_person", "phone", "video", "unknown"]
MeetingStatus = Literal["held", "planned", "cancelled"]
StatementKind = Literal["direct", "indirect"]
ToneLabel = Literal["positive", "negative", "neutral", "mixed"]
# What decided an article's label: the weighted mean of its sentences, the balance of its two sides
# ("mixed"), or the lean of its headline and lede that the body bears out.
ToneBasis = Literal["mean", "balance", "lead"]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) into the article text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Tone:
    """Sentiment of a piece of text: label plus a score in [-1, 1]."""

    label: ToneLabel
    score: float


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """A quotation (`direct`) or reported speech (`indirect`)."""

    speaker: Speaker | None
    quote: str
    kind: StatementKind
    cue: str | None
    span: Span
    confidence: float = 1.0
    tone: Tone | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    title: str | None = None
    kind: ParticipantKind = "person"

    @classmethod
    def described(cls, words: str, kind: ParticipantKind = "person") -> Participant:
        """People the article describes but never names ("union leaders", "its creditor banks"): the words as
        written are the side's name and its title both, so that readers of the event see a description where
        a named side would give a name, and a later name for the same people can replace it."""
        return cls(name=words, title=words, kind=kind)


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date as written, and its ISO form when it can be resolved with certainty."""

    text: str
    iso: str | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
    participants: tuple[Participant, ...]
    location: Location | None
    date: DateRef | None
    mode: MeetingMode
    status: MeetingStatus
    evidence: Evidence
    confidence: float


@dataclass(frozen=True, slots=True)
class ToneDriver:
    """One word that moved the article's tone, with its valence as weighted in the article."""

    word: str
    valence: float


@dataclass(frozen=True, slots=True)
class SentimentComponents:
    """What the article tone was computed from, so dashboards can chart it and a reader can see
    why the label is what it is: the shares of sentences, the mean tone of each part of the
    article (None where the article has no such part), the words that weighed most and what
    decided the label (None for a text that is not a whole article)."""

    positive: float
    negative: float
    neutral: float
    sentences: int
    headline: float | None = None
    lede: float | None = None
    narrative: float | None = None
    statements: float | None = None
    drivers: tuple[ToneDriver, ...] = ()
    basis: ToneBasis | None = None


@dataclass(frozen=True, slots=True)
class ArticleSentiment:
    label: ToneLabel
    score: float
    components: SentimentComponents
    method: str


@dataclass(slots=True)
class Enrichment:
    """Everything the core found in one article."""

    statements: list[Statement] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    sentiment: ArticleSentiment | None = None
    timings: dict[str, float] = field(default_factory=dict)
    parse_cache: CacheUse | None = None
