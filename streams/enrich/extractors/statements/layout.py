"""Where paragraphs start and which token holds a character: the bridge between text and parse.

Quotation marks and spans are character facts, attribution is a parse fact. Both lookups here
are binary searches over lists built once per article, so per-quote work stays logarithmic
and a pathological article cannot make attribution quadratic.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .quotes import Quote, find_quotes

_NEWLINE_RUN = re.compile(r"\n\s*")
SENTENCE_END = frozenset({".", "!", "?", "…"})
TERMINAL_CHARS = frozenset('.!?…:;"”’»)]')
CLOSING_MARKS = frozenset('"”’»\'')
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’']?\s+[\"“‘']?[A-Z]")  # one sentence ends, the next begins
# A wire sign-off after a paragraph's last sentence ("... she said. ENDS", "-30-"): one short token in
# capitals, lower case or no letters at all; a Title-case word there is a kicker ("... is safe. Watch").
_SIGN_OFF = re.compile(r"[.!?…][\"”’']?(?P<gap>\s+)(?P<tag>\S{1,12})$")


def paragraph_breaks(text: str) -> list[tuple[int, int]]:
    """Whitespace runs that separate paragraphs.

    A lone newline before a lower-case letter is a hard wrap inside a paragraph, not a break:
    feeds that wrap lines would otherwise cut every multi-line quote in pieces.
    """
    breaks = []
    for m in _NEWLINE_RUN.finditer(text):
        nxt = text[m.end() : m.end() + 1]
        if nxt.islower() and m.group().count("\n") == 1:
            continue
        breaks.append((m.start(), m.end()))
    return breaks


@dataclass
class Layout:
    """One article's text, parse and paragraph structure, with O(log n) lookups."""

    text: str
    doc: Doc
    quotes: list[Quote] = field(init=False)
    breaks: list[tuple[int, int]] = field(init=False)
    _break_ends: list[int] = field(init=False)
    _token_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        # A feed that joins paragraphs into one line keeps a trace of them only where a quoted paragraph
        # runs on into the next one ("A. "B."): those breaks count as the paragraphs they were.
        self.quotes = find_quotes(self.text)
        self.breaks = sorted(paragraph_breaks(self.text) + [b for q in self.quotes for b in q.breaks])
        self._break_ends = [end for _, end in self.breaks]
        self._token_starts = self.doc.to_array("IDX").tolist() if len(self.doc) else []

    def paragraph_of(self, char: int) -> int:
        return bisect_right(self._break_ends, char)

    def paragraph_bounds(self, index: int) -> tuple[int, int]:
        start = self.breaks[index - 1][1] if index > 0 else 0
        end = self.breaks[index][0] if index < len(self.breaks) else len(self.text)
        return start, end

    def token_index_at(self, char: int) -> int:
        """Index of the token containing `char`, or of the first token after it."""
        i = bisect_right(self._token_starts, char) - 1
        if i >= 0 and char < self._token_starts[i] + len(self.doc[i].text):
            return i
        return i + 1

    def paragraph_is_headline(self, char: int) -> bool:
        """A paragraph without closing punctuation is a headline, kicker or sub-head, not reporting. So is a
        single sentence that ends in a bare quotation ('Coach: "We were robbed"'): reporting ends a
        quotation with its sentence's own mark ('she said: "We will win."')."""
        text = self.text
        start, end = self.paragraph_bounds(self.paragraph_of(char))
        while end > start and text[end - 1].isspace():
            end -= 1
        end = _before_sign_off(text, start, end)
        bare = end
        while bare > start and text[bare - 1] in CLOSING_MARKS:
            bare -= 1
        if bare == start or text[bare - 1] in TERMINAL_CHARS:
            return False
        return bare == end or _SENTENCE_BREAK.search(text, start, bare) is None


def _before_sign_off(text: str, start: int, end: int) -> int:
    """Where the paragraph `text[start:end]` ends once a wire sign-off after its last sentence is cut off: the
    tag has no closing mark, so left on it makes a reporting paragraph look like a headline and drops every
    statement in it."""
    match = _SIGN_OFF.search(text, start, end)
    if match is None or match["tag"].istitle() or match["tag"][-1] in TERMINAL_CHARS:
        return end
    return match.start("gap")
