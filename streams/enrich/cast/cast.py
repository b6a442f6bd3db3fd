"""The `Cast` of one article and how extractors get it: built once per parse, hung on the `Doc`.

`cast_of(parsed)` returns the article's cast, building it on first use and keeping it as the
`Doc` extension attribute `doc._.cast` (spaCy's way of hanging results on a parse), so the
statements and meetings extractors and anything after them read one answer to "who is who".
`release_cast(doc)` takes it off again once the article is enriched.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Token

from .entity import Entity, Mention
from .given_names import given_name_genders
from .names import titles_in_names_remembered
from .reading.build import Salience, scan
from .reading.registry import Registry
from .resolution.descriptions import described_before
from .resolution.resolve import Resolver

if not Doc.has_extension("cast"):
    Doc.set_extension("cast", default=None)


class Cast:
    """People, organisations and places of one article, with their mentions and who is in focus where."""

    def __init__(self, doc: Doc, registry: Registry, salience: Salience, in_quote: Callable[[int], bool]) -> None:
        self.doc = doc
        self.registry = registry
        self.salience = salience
        self.in_quote = in_quote
        self._default: Resolver | None = None
        self._said: list[tuple[int, int, Entity]] | None = None

    @property
    def people(self) -> list[Entity]:
        return self.registry.people()

    @property
    def organisations(self) -> list[Entity]:
        return self.registry.orgs()

    @property
    def mentions(self) -> list[Mention]:
        """Named mentions of people, in text order (one per name's head token)."""
        return self.salience.mentions

    def named_at(self, token: Token) -> Entity | None:
        """The person whose name `token` is part of, if the cast read one there."""
        return self.salience.named.get(token.i)

    def name_span(self, i: int) -> tuple[int, int, str] | None:
        """The name token `i` is part of, as (start, end, kind) with kind "person", "org", "place" or
        "other" (a title, a nationality, a date): the parse's entities as the cast repaired them."""
        return self.salience.spans.get(i)

    def holder_of(self, token: Token) -> Entity | None:
        """The person whose title, written before their name, `token` is part of ("Minister" in "the
        Minister for X Maria Y")."""
        return self.salience.titled.get(token.i)

    def described_before(self, token: Token) -> Token | None:
        """The token heading a fuller description ("the president of Tarnland") an unnamed holder of the office
        a bare definite title `token` ("the president") names had earlier, else None (`descriptions`)."""
        return described_before(token, self.people, self.resolve)

    def resolver(
        self, in_quote: Callable[[int], bool] | None = None, in_content: Callable[[int], bool] | None = None
    ) -> Resolver:
        """A resolver to call in text order. `in_quote` marks quotations (no speaker phrase inside one),
        `in_content` text whose subjects are not in focus (quotations and reported clauses, for
        statements); both default to the cast's own quotation marks."""
        in_quote = in_quote or self.in_quote
        return Resolver(self, in_quote, in_content or in_quote)

    @property
    def attributed(self) -> bool:
        """Whether the statements' attribution has been recorded (`record_speakers`)."""
        return self._said is not None

    def record_speakers(self, said: list[tuple[int, int, Entity]]) -> None:
        """Keeps the statements' attribution, (start char, end char, speaker) per statement, so that
        every later reader asks it who is speaking somewhere instead of finding the speaker again."""
        self._said = sorted(said, key=lambda s: s[0])

    def speaker_at(self, char: int, floor: int, ceiling: int) -> Entity | None:
        """Who is speaking at `char`: the speaker of the statement around it, else of the first statement
        between `floor` and `ceiling` (the paragraph: "'We met twice,' she said" speaks for the whole
        paragraph). None when nobody attributed speaks there."""
        said = self._said or []
        around = [e for start, end, e in said if start <= char < end]
        near = [e for start, _, e in said if floor <= start < ceiling]
        return next(iter(around or near), None)

    def resolve(self, token: Token) -> Entity | None:
        """The entity a phrase headed by `token` refers to (name, pronoun, description, organisation);
        None when the article does not name it."""
        if self._default is None:
            self._default = self.resolver()
        return self._default.entity(token)


def build_cast(doc: Doc) -> Cast:
    from streams.enrich.extractors.statements.quotes import find_quotes  # text-only; avoids a package cycle

    text = doc.text  # Doc.text joins every token: read it once
    quotes = find_quotes(text)
    opens = [q.open_mark for q in quotes]
    ends = [q.close_end for q in quotes]

    def in_quote(char: int) -> bool:
        k = bisect_right(opens, char) - 1
        return k >= 0 and char < ends[k]

    registry = Registry(given_name_genders(doc.vocab))
    with titles_in_names_remembered(doc):
        salience = scan(doc, text, registry, in_quote)
    return Cast(doc, registry, salience, in_quote)


def cast_of(doc: Doc) -> Cast:
    """The article's cast, built once per parse."""
    cast = doc._.cast
    if cast is None:
        cast = doc._.cast = build_cast(doc)
    return cast


def release_cast(doc: Doc) -> None:
    """Takes the cast off its parse once every reader is done with it.

    Why: the cast points back at its doc (`Cast.doc`, and its default resolver at the cast), so while it
    hangs on the doc each parse sits in a reference cycle and waits for a garbage collection to be freed,
    tensor and token arrays with it; released, a parse is freed as soon as its last user drops it. A later
    `cast_of(doc)` builds the cast anew."""
    cast = doc._.cast
    if cast is not None:
        doc._.cast = None
        cast._default = None  # the one reference from the cast's own objects back to the cast
