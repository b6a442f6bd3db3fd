"""The word lists the scorer reads: VADER's lexicon with Newswire's news-domain layer on top.

The news layer lives in `news_lexicon.tsv` rather than in code so that each group of entries
carries a note saying where it came from, and so a reviewer can change a valence without reading
the scorer. It is tab-separated text, like VADER's own lexicon, so the package-data rules ship it.
It is loaded once per process: building VADER's 7,500-entry dictionary takes tens of milliseconds,
far more than scoring an article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer

LEXICON_FILE = "news_lexicon.tsv"
# VADER was rated in American spelling; news is also written in British, Irish, Indian and
# Commonwealth spelling, where "favourable", "honour" and "criticised" went unrated. Each
# American entry lends its rating to its British form unless VADER rates that form itself.
# "-our" words are listed by stem: the ending alone would turn "error" into "errour".
OUR_STEMS = ("favo", "hono", "humo", "labo", "neighbo", "rumo", "vigo", "valo", "behavio", "endeavo",
             "harbo", "savio", "colo", "flavo", "cando", "clamo", "ranco", "splendo", "ardo", "armo", "glamo")
IZE = re.compile(r"(?<=[a-z]{3})iz(e|ed|es|ing|ation|ations)$")
LIST_KINDS = frozenset(
    {"shifter", "fading", "partial", "hedge", "cue", "topic", "degree", "contest", "grievance", "call"}
    | {"harmful", "destroyer", "person", "force", "impact", "holding"}
)
VALUED_KINDS = frozenset(
    {"valence", "pos_only", "phrase", "refusal", "quantity", "direction", "booster", "event", "provision", "departure"}
)
GROUP_KINDS = LIST_KINDS | VALUED_KINDS | {"sense"}
# Tab-separated fields per entry: a list entry is one word, a valued one a word and its value, a
# sense the word, the nouns it qualifies in that sense, and the valence it has there.
WIDTHS = {"sense": 3} | dict.fromkeys(VALUED_KINDS, 2) | dict.fromkeys(LIST_KINDS, 1)


@dataclass(frozen=True, slots=True)
class NewsLexicon:
    """Everything the scorer looks up, already merged, so scoring does no file or dict building."""

    valence: Mapping[str, float]
    pos_only: Mapping[str, frozenset[str]]
    phrases: Mapping[tuple[str, ...], float]
    shifters: frozenset[str]
    fading: frozenset[str]  # intransitive shifters: they reverse their subject ("hopes faded")
    fading_verbs: frozenset[str]  # verbs of the fading phrases ("come" of "come to end")
    partial: frozenset[str]
    hedges: frozenset[str]
    cues: frozenset[str]
    topics: frozenset[str]  # words of talking about something: what they take is a topic
    senses: Mapping[str, tuple[frozenset[str], float]]  # word -> (nouns, valence when it qualifies them)
    degrees: frozenset[str]  # rated adverbs that only say how much before an adjective ("well ahead")
    contests: frozenset[str]  # verbs of defeating someone: their tone depends on whose side speaks
    refusals: Mapping[str, float]
    grievances: frozenset[str]  # verbs of informing: not informing "us" is a complaint ("nobody told us")
    calls: frozenset[str]  # an official's calls: denying one is a protest ("it was never a penalty")
    harmful: frozenset[str]  # nouns of harmful agents: destroying one is good news ("kills bacteria")
    destroyers: frozenset[str]  # verbs (or "verb particle") of destroying or stopping what they take
    people: frozenset[str]  # nouns of people: killing one is never a harm destroyed ("killed a gang member")
    destroyer_words: frozenset[str]  # the verbs of the destroyers, so most words skip the look-up
    forces: frozenset[str]  # nouns of weapons and natural forces: what they hit is harmed ("rockets hit")
    impacts: frozenset[str]  # verbs of impact, unrated alone: harm when a force acts ("a storm struck")
    quantities: Mapping[str, float]  # lemma -> +1 when more of it is good news, -1 when bad
    directions: Mapping[str, float]  # lemma (or "verb particle") -> valence of a rise (> 0) or a fall
    direction_words: frozenset[str]  # the lemmas that may open a direction (a particle verb's verb)
    events: Mapping[str, float]  # lemma (or "verb particle") -> valence as a headline "but" side's news
    holdings: frozenset[str]  # nouns of what people are provided with: giving or taking one is news
    provisions: Mapping[str, float]  # lemma (or "verb particle") -> valence of giving (> 0) or taking a holding
    provision_words: frozenset[str]  # the verbs of the provisions, so most words skip the look-up
    departures: Mapping[str, float]  # verbs of leaving: a holding as their subject is lost ("jobs will go")
    boosters: Mapping[str, float]
    phrase_starts: frozenset[str]  # first words of the phrases, so most words skip the look-up
    # the phrases by first word, longest first: a word that opens a few phrases tries only theirs
    phrases_by_start: Mapping[str, tuple[tuple[tuple[str, ...], float], ...]]


@dataclass(slots=True)
class _Group:
    name: str
    kind: str = ""
    note: str = ""
    entries: list[list[str]] = field(default_factory=list)

    def check(self) -> _Group:
        if self.kind not in GROUP_KINDS:
            raise ValueError(f"lexicon group {self.name!r}: unknown kind {self.kind!r}")
        if not self.note.strip():
            raise ValueError(f"lexicon group {self.name!r} has no note saying where it came from")
        width = WIDTHS[self.kind]
        for entry in self.entries:
            if len(entry) != width:
                raise ValueError(
                    f"lexicon group {self.name!r}: expected {width} tab-separated fields in {entry}"
                )
        return self


def _groups(text: str) -> Iterator[_Group]:
    """Read the groups of the data file; a group without a kind or a note is refused."""
    group: _Group | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("##"):
            key, _, value = line[2:].strip().partition(":")
            if key == "group":
                if group is not None:
                    yield group.check()
                group = _Group(value.strip())
            elif group is not None and key in ("kind", "note"):
                setattr(group, key, value.strip())
            elif group is not None:
                group.note += " " + line[2:].strip()
        elif line and not line.startswith("#"):
            if group is None:
                raise ValueError(f"lexicon entry outside a group: {line!r}")
            group.entries.append([part.strip() for part in line.split("\t")])
    if group is not None:
        yield group.check()


def build_lexicon(text: str, analyzer: SentimentIntensityAnalyzer | None = None) -> NewsLexicon:
    """Merge a news layer (the data file's text) into a VADER analyzer's own lexicon copy.

    The analyzer instance's dictionary is edited, never vaderSentiment's module state, so other
    users of VADER in the same process keep the stock behaviour.
    """
    analyzer = analyzer or SentimentIntensityAnalyzer()
    valence = analyzer.lexicon
    _add_british_spellings(valence)
    pos_only: dict[str, frozenset[str]] = {}
    phrases: dict[tuple[str, ...], float] = {}
    refusals: dict[str, float] = {}
    quantities: dict[str, float] = {}
    directions: dict[str, float] = {}
    events: dict[str, float] = {}
    provisions: dict[str, float] = {}
    departures: dict[str, float] = {}
    boosters = {word: scalar for word, scalar in BOOSTER_DICT.items() if " " not in word}
    senses: dict[str, tuple[frozenset[str], float]] = {}
    lists: dict[str, set[str]] = {kind: set() for kind in LIST_KINDS}
    for group in _groups(text):
        for first, *rest in group.entries:
            word = first.lower()
            if group.kind == "valence":
                if float(rest[0]):
                    valence[word] = float(rest[0])
                else:
                    valence.pop(word, None)
            elif group.kind == "pos_only":
                pos_only[word] = frozenset(tag.strip() for tag in rest[0].split(","))
            elif group.kind == "phrase":
                phrases[tuple(word.split())] = float(rest[0])
            elif group.kind == "refusal":
                refusals[word] = float(rest[0])
            elif group.kind == "quantity":
                quantities[word] = float(rest[0])
            elif group.kind == "direction":
                directions[word] = float(rest[0])
            elif group.kind == "event":
                events[word] = float(rest[0])
            elif group.kind == "provision":
                provisions[word] = float(rest[0])
            elif group.kind == "departure":
                departures[word] = float(rest[0])
            elif group.kind == "booster":
                boosters[word] = float(rest[0])
            elif group.kind == "sense":
                senses[word] = (frozenset(n.strip() for n in rest[0].split(",")), float(rest[1]))
            else:
                lists[group.kind].add(word)
    return NewsLexicon(
        valence=valence,
        pos_only=pos_only,
        phrases=phrases,
        shifters=frozenset(lists["shifter"]),
        fading=frozenset(lists["fading"]),
        fading_verbs=frozenset(f.split()[0] for f in lists["fading"] if " " in f),
        partial=frozenset(lists["partial"]),
        hedges=frozenset(lists["hedge"]),
        cues=frozenset(lists["cue"]),
        topics=frozenset(lists["topic"]),
        senses=senses,
        degrees=frozenset(lists["degree"]),
        contests=frozenset(lists["contest"]),
        refusals=refusals,
        grievances=frozenset(lists["grievance"]),
        calls=frozenset(lists["call"]),
        harmful=frozenset(lists["harmful"]),
        destroyers=frozenset(lists["destroyer"]),
        destroyer_words=frozenset(d.split()[0] for d in lists["destroyer"]),
        people=frozenset(lists["person"]),
        forces=frozenset(lists["force"]),
        impacts=frozenset(lists["impact"]),
        quantities=quantities,
        directions=directions,
        direction_words=frozenset(d.split()[0] for d in directions),
        events=events,
        holdings=frozenset(lists["holding"]),
        provisions=provisions,
        provision_words=frozenset(p.split()[0] for p in provisions),
        departures=departures,
        boosters=boosters,
        phrase_starts=frozenset(p[0] for p in phrases),
        phrases_by_start=_by_start(phrases),
    )


def _by_start(phrases: Mapping[tuple[str, ...], float]) -> dict[str, tuple[tuple[tuple[str, ...], float], ...]]:
    """The phrases grouped by their first word, longest first."""
    grouped: dict[str, list[tuple[tuple[str, ...], float]]] = {}
    for phrase, value in sorted(phrases.items(), key=lambda item: -len(item[0])):
        grouped.setdefault(phrase[0], []).append((phrase, value))
    return {start: tuple(group) for start, group in grouped.items()}


def british_spelling(word: str) -> str | None:
    """The British form of an American spelling ("favorable" -> "favourable", "criticized" ->
    "criticised"), or None when the word has no other form."""
    for stem in OUR_STEMS:
        if word.startswith(stem + "r") or word.startswith("un" + stem + "r"):
            return word.replace(stem + "r", stem + "ur", 1)
    british = IZE.sub(r"is\1", word)
    return british if british != word else None


def _add_british_spellings(valence: MutableMapping[str, float]) -> None:
    for word, value in list(valence.items()):
        british = british_spelling(word)
        if british is not None and british not in valence:
            valence[british] = value


@lru_cache(maxsize=1)
def news_lexicon() -> NewsLexicon:
    """The process-wide lexicon, read from the package data file on first use."""
    text = resources.files(__package__).joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    return build_lexicon(text)
