"""The cast's records: an `Entity` (one person, organisation, place or group of the article) and a
`Mention` (one place in the text that refers to it, and how it does)."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

EntityKind = Literal["person", "org", "place", "group"]
MentionVia = Literal["name", "pronoun", "description", "organisation", "speaker"]


@dataclass(eq=False)
class Entity:
    """One referent of the article. `name` is the fullest form written; `titles` are (char, title) as the
    article gives them; `affiliation` the country or organisation it belongs to ("Peru's", "of X")."""

    name: str
    kind: EntityKind
    first: str | None = None
    titles: list[tuple[int, str]] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    gender_votes: dict[str, int] = field(default_factory=dict)
    affiliation: str | None = None
    employer: bool = False  # an organisation the article shows employing people ("management at X"): a company
    home: str | None = None  # where an organisation is based, as written ("X-based", "based in X")
    # the body nouns its name was introduced with ("rights group X"): what a later "the group" refers back to
    described: set[str] = field(default_factory=set)
    # given name → gender, for the pipeline that parsed the article (`given_names.given_name_genders`)
    given_genders: Mapping[str, str] = field(default_factory=dict, repr=False)

    def vote_gender(self, gender: str, weight: int = 1) -> None:
        self.gender_votes[gender] = self.gender_votes.get(gender, 0) + weight

    @property
    def stated_gender(self) -> str | None:
        """The gender the article's own pronouns and honorifics mostly give, None when unknown or tied."""
        ranked = sorted(self.gender_votes.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    @property
    def gender(self) -> str | None:
        """`stated_gender`, else the one the given name usually carries (`given_names`): a prior, right for
        most names and wrong for some across cultures, so a pronoun it leaves with no referent falls back."""
        stated = self.stated_gender
        if stated is None and self.kind == "person":
            return self.given_genders.get(self.first.casefold()) if self.first else None
        return stated

    @property
    def title(self) -> str | None:
        """The most complete title the article gives (the longest; the earliest among equals)."""
        best: str | None = None
        for _, title in self.titles:
            if best is None or len(title) > len(best):
                best = title
        return best

    @property
    def prominence(self) -> int:
        """How often the article refers to it by name: the lede's subject is mentioned most."""
        return len(self.mentions)

    def titles_before(self, char: int) -> list[str]:
        return [t for pos, t in self.titles if pos < char]

    def add_title(self, char: int, title: str) -> None:
        if (char, title) not in self.titles:
            self.titles.append((char, title))

    def mention(self, char: int) -> None:
        """Mentions stay sorted so that "last mentioned before" is a binary search, not a scan."""
        k = bisect_left(self.mentions, char)
        if k == len(self.mentions) or self.mentions[k] != char:
            insort(self.mentions, char)

    def mentioned_before(self, char: int) -> int | None:
        k = bisect_left(self.mentions, char)
        return self.mentions[k - 1] if k else None


@dataclass(frozen=True, slots=True)
class Mention:
    """A reference to `entity` at token `i` (char `start`); `via` says which sieve pass linked it."""

    i: int
    start: int
    entity: Entity
    via: MentionVia = "name"
