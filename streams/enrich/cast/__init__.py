"""The article's cast: who is who, built once per article right after the parse.

Every extractor and the stories read this one answer instead of guessing on their own.

Interface
- `cast_of(doc) -> Cast`: the cast of a parsed article, built on first use and kept on the parse as
  `doc._.cast` (spaCy extension attribute), so statements and meetings share it. `release_cast(doc)` takes it
  off once the article is enriched, so the parse is freed without waiting for the garbage collector.
- `Cast.people` / `Cast.organisations`: the `Entity` records. An `Entity` has `name` (the fullest form
  written), `kind` ("person", "org", "place", "group"), `titles` [(char, title)] and `title` (the
  fullest), `affiliation` (the body or country written beside the name: "X's chief executive", "chief
  executive of X", "a director at X", "Kenyan minister" → "Kenya"; `affiliation.py`), `gender` (from
  honorifics and pronouns, else the given name), `prominence` (named mentions),
  `mentions` (chars); for organisations `employer` (written as employing people: a company) and `home`
  (where it is based). One company's short and long forms ("X", "X Inc", "the X Corporation") are one
  entity under the fullest name.
- `Cast.mentions`: named mentions of people (`Mention`: token `i`, char `start`, `entity`, `via`).
- `Cast.named_at(token)`: the person whose name `token` is part of, or None.
- `Cast.name_span(i)`: the name token `i` is part of as (start, end, kind), kind "person", "org",
  "place" or "other": the parse's entities with the small model's slips repaired, for readers that
  walk the parse token by token (meetings).
- `Cast.holder_of(token)`: the person whose title (written before the name) `token` is part of.
- `Cast.resolve(token)`: the entity a phrase headed by `token` refers to — a name, a pronoun, a
  description ("the premier", "the Kenyan leader", "the 44-year-old"), an organisation ("the
  ministry", "a statement", "the company" (a company, never a union or state body), "the Leeds-based
  firm", "a spokesman for X", "another ministry official", "X's negotiators", "X's ministry" named from
  the minister's title) — or None when unnamed: never a guess.
- `Cast.described_before(token)`: for a bare definite title no named person holds ("the president"), the
  token heading the one fuller description of an unnamed holder written before it ("the president of X"), else
  None: meetings give that description as the side.
- `Cast.record_speakers(said)` / `Cast.speaker_at(char, floor, ceiling)`: the statements' attribution,
  recorded once by the statements extractor, answers who speaks at a place (meetings' "we").
- `is_office_title(word)`: the cast's title vocabulary narrowed to offices whose holder can stand for a
  side at talks (not trades such as "coach"): meetings' notion of a title, from the one word list.
  `is_title_part(word)`: any word of such a title written before a name (portfolio, honorific, style):
  what the stories strip to reach the name.
- `Cast.resolver(in_quote, in_content) -> Resolver`: for readers that go through the article in text
  order (statements): `Resolver.speaker(subject)` returns (entity, title as written) and keeps the
  last speaker in focus for the pronouns and bare quotes that follow.

Two phases, one sub-package each: `reading/` builds the entities and their mentions from the parse (the
sieve passes `reading/build.py` runs, most precise first), and `resolution/` answers what a later phrase refers
to (`resolution/resolve.py`'s `Resolver`, with one module per kind of reference). What both phases use stays
here: the records (`entity`), the title and name vocabulary (`names`, `trades`, `lexicon`), given-name genders.
"""

from .cast import Cast, build_cast, cast_of, release_cast
from .entity import Entity, EntityKind, Mention
from .names import is_office_title, is_title_part
from .resolution.resolve import Resolver

__all__ = [
    "Cast", "Entity", "EntityKind", "Mention", "Resolver", "build_cast", "cast_of", "is_office_title", "is_title_part",
    "release_cast",
]
