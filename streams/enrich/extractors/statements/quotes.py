"""Finds quotations in raw text: which quotation marks open, which close, and what lies between.

Glyphs lie in real copy (a closing ” typed where an opening one belongs, straight quotes
everywhere), so a mark's role comes first from what flanks it — a word on its right opens,
a word on its left closes — and the glyph only breaks ties. Single quotes count as
quotation marks only where they cannot be apostrophes. A quotation never runs past a
paragraph unless the next paragraph reopens it (the newspaper convention for long quotes);
an unbalanced mark therefore costs at most the rest of one paragraph, never the article.

Feeds that join paragraphs into one line hide that convention: `"A. "B."` is a quoted paragraph
"A." that goes on into a paragraph "B.", not "B." quoted inside "A.". An opening mark met while a
quotation of its family is open, right after a sentence end, therefore reopens it across a paragraph
break the feed dropped (recorded in `Quote.breaks`); after narrative that follows the quotation's last
sentence end, it shows the quotation's closing mark was lost there. Only an opener with no sentence end
before it inside the open quotation nests.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

Family = Literal["double", "single"]
Role = Literal["open", "close", "neutral"]

_GLYPHS: dict[str, tuple[Family, Role]] = {
    '"': ("double", "neutral"),
    "“": ("double", "open"),
    "”": ("double", "close"),
    "„": ("double", "open"),
    "«": ("double", "open"),
    "»": ("double", "close"),
    "'": ("single", "neutral"),
    "‘": ("single", "open"),
    "’": ("single", "close"),
    "‚": ("single", "open"),
    "‹": ("single", "open"),
    "›": ("single", "close"),
}
QUOTATION_MARKS = "".join(_GLYPHS) + "`"
# Two apostrophes ('') or two backticks (``) stand for a double quotation mark in some wire copy.
_DOUBLED = ("''", "``")
_SCAN = re.compile("\\n\\s*|''|``|[" + re.escape("".join(_GLYPHS)) + "]")

_EDITORIAL = frozenset("[(…")  # "'[The plan] is ...'", "'…and more'": an insertion or a cut opens the words
_SINGLE = re.compile("[" + re.escape("".join(g for g, (family, _) in _GLYPHS.items() if family == "single")) + "]")
_WORD = re.compile(r"[^\W\d_]+")
# A sentence end inside a quotation: its stop (and any bracket or single mark closing on it), then the space
# before a capital, a digit or a quotation mark that opens the next sentence.
_SENTENCE_END = re.compile(r"""[.!?…][)\]’']*(\s+)(?=[A-Z\d"“‘'«„`])""")
_ELISIONS = frozenset({"tis", "twas", "em", "n", "cause", "til", "bout", "round"})
_QUOTED_STOPS = frozenset(",.!?…")  # what quoted words end on before their closing mark
_MIN_ORPHAN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Quote:
    """A top-level quotation. `parts` are content ranges (one per paragraph it spans)."""

    parts: tuple[tuple[int, int], ...]
    open_mark: int
    close_end: int
    balanced: bool
    breaks: tuple[tuple[int, int], ...] = ()  # paragraph breaks a joined feed dropped inside the quotation

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def text_in(self, text: str) -> str:
        return " ".join(text[s:e] for s, e in self.parts)


@dataclass(slots=True)
class _Open:
    family: Family
    mark: int
    parts: list[tuple[int, int]]
    content_start: int
    breaks: list[tuple[int, int]] = field(default_factory=list)
    sentence_end: tuple[int, int] | None = None  # the last (stop, next sentence's start) seen inside
    scanned: int = -1  # how far `sentence_end` has been looked for


def _is_space(c: str) -> bool:
    return not c or c.isspace()


def _is_punct(c: str) -> bool:
    return bool(c) and unicodedata.category(c)[0] in "PS"


def _role(text: str, i: int, glyph_role: Role, width: int = 1) -> Role:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + width] if i + width < len(text) else ""
    left = not _is_space(nxt) and (not _is_punct(nxt) or _is_space(prev) or _is_punct(prev))
    right = not _is_space(prev) and (not _is_punct(prev) or _is_space(nxt) or _is_punct(nxt))
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return glyph_role


def _single_role(text: str, i: int, glyph_role: Role) -> Role:
    """Single marks: only unambiguous openers before a letter (or an editor's bracket or ellipsis), and
    closers; the rest are apostrophes."""
    role = _role(text, i, "neutral")
    if role == "open":
        nxt = text[i + 1] if i + 1 < len(text) else ""
        return "open" if nxt.isalpha() or nxt in _EDITORIAL else "neutral"
    return role


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.depth: dict[Family, int] = {"double": 0, "single": 0}
        self.quotes: list[Quote] = []
        self.skip_mark = -1
        self.floor = 0  # no quotation starts before this: the last quotation's end or paragraph break
        self.floor_is_quote = False

    def run(self) -> list[Quote]:
        for m in _SCAN.finditer(self.text):
            if m.group()[0] == "\n":
                self._paragraph_break(m.start(), m.end())
                self.floor, self.floor_is_quote = m.end(), False
            elif m.start() != self.skip_mark:
                self._mark(m.start(), m.end() - m.start())
        self._unbalanced(len(self.text))
        return self.quotes

    def _mark(self, i: int, width: int) -> None:
        if width == 1 and is_possessive_double(self.text, i):
            return
        family, glyph_role = _GLYPHS[self.text[i]] if width == 1 else ("double", "neutral")
        single = family == "single"
        role = _single_role(self.text, i, glyph_role) if single else _role(self.text, i, glyph_role, width)
        open_here = self.depth[family] > 0
        if role == "neutral":
            if family == "single":
                return
            role = "close" if open_here else "open"
        if role == "open":
            if family == "single" and not self.stack and self._is_elision(i):
                return
            if self.stack and self.stack[0].family == family and self._reopens(i, width):
                return
            self._push(_Open(family, i, [], i + width))
        elif open_here and not (single and self._is_plural_possessive(i)):
            self._close(family, i, width)
        elif not single and not self.stack:
            self._orphan_close(i, width)

    def _orphan_close(self, i: int, width: int) -> None:
        """`Narrative. A. B," she said.`: a closing mark with nothing open, right after the stop or comma that ends
        quoted words, lost its opening mark (feeds drop the one that opens a paragraph, and a joined feed then
        hides where that paragraph began): the quotation is the sentence the mark closes. Right after a
        quotation, with no sentence end between, the words are that quotation's attribution and the mark a stray."""
        text = self.text
        if text[i - 1 : i] not in _QUOTED_STOPS:
            return
        start = self.floor
        for m in _SENTENCE_END.finditer(text, self.floor, i):
            start = m.end()
        if start == self.floor and self.floor_is_quote:
            return
        start, end = _strip(text, start, i)
        if start < end and text[start].isupper() and len(_WORD.findall(text, start, end)) >= _MIN_ORPHAN_WORDS:
            self.quotes.append(Quote(((start, end),), start, i + width, True))
            self.floor, self.floor_is_quote = i + width, True

    def _reopens(self, i: int, width: int) -> bool:
        """An opener (a space before it, a letter or digit after it) of the open quotation's family: after a
        sentence end it starts the quotation's next paragraph (True); after narrative that follows the
        quotation's last sentence end, the quotation closed unmarked at that end and a new one opens (False,
        the stack emptied); with no sentence end in the quotation, it nests (False, the stack kept)."""
        text = self.text
        if not (i and text[i - 1].isspace() and text[i + width : i + width + 1].isalnum()):
            return False
        bottom = self.stack[0]
        for m in _SENTENCE_END.finditer(text, max(bottom.scanned, bottom.content_start), i + 1):
            bottom.sentence_end = m.span(1)
        bottom.scanned = i
        if bottom.sentence_end is None:
            return False
        stop, start = bottom.sentence_end
        if start < i:
            self._emit(bottom, stop, stop, balanced=False)
            self._reset([])
            return False
        bottom.parts.append(_strip(text, bottom.content_start, stop))
        bottom.breaks.append((stop, i))
        bottom.content_start = i + width
        bottom.sentence_end = None
        self._reset([bottom])
        return True

    def _is_plural_possessive(self, i: int) -> bool:
        """'the players' effort was great,': after an s and before a space, a single mark whose quotation
        closes further on in the paragraph (the next single mark closes too) is a possessive apostrophe."""
        if self.text[i - 1 : i] not in ("s", "S") or not self.text[i + 1 : i + 2].isspace():
            return False
        nxt = _SINGLE.search(self.text, i + 1)
        if nxt is None or "\n" in self.text[i : nxt.start()]:
            return False
        return _single_role(self.text, nxt.start(), _GLYPHS[nxt.group()][1]) == "close"

    def _is_elision(self, i: int) -> bool:
        """'tis, 'em, 'n': a leading apostrophe that shortens a word opens nothing."""
        word = _WORD.match(self.text, i + 1)
        return bool(word) and word.group().lower() in _ELISIONS

    def _push(self, opened: _Open) -> None:
        self.stack.append(opened)
        self.depth[opened.family] += 1

    def _reset(self, keep: list[_Open]) -> None:
        self.stack = keep
        self.depth = {"double": 0, "single": 0}
        for o in keep:
            self.depth[o.family] += 1

    def _close(self, family: Family, i: int, width: int) -> None:
        while self.stack:
            top = self.stack.pop()
            self.depth[top.family] -= 1
            if top.family == family:
                break
        if not self.stack:
            self._emit(top, i, i + width, balanced=True)

    def _emit(self, opened: _Open, content_end: int, close_end: int, balanced: bool) -> None:
        parts = [*opened.parts, _strip(self.text, opened.content_start, content_end)]
        parts = [p for p in parts if p[1] > p[0]]
        if parts and (balanced or opened.family == "double"):
            self.quotes.append(Quote(tuple(parts), opened.mark, close_end, balanced, tuple(opened.breaks)))
            self.floor, self.floor_is_quote = max(self.floor, close_end), True

    def _paragraph_break(self, start: int, end: int) -> None:
        if not self.stack:
            return
        bottom = self.stack[0]
        doubled = self.text[end : end + 2] in _DOUBLED
        width = 2 if doubled else 1
        glyph = ("double", "neutral") if doubled else _GLYPHS.get(self.text[end : end + 1])
        if glyph and glyph[0] == bottom.family and _role(self.text, end, glyph[1], width) in ("open", "neutral"):
            bottom.parts.append(_strip(self.text, bottom.content_start, start))
            bottom.content_start = end + width
            bottom.sentence_end = None
            self._reset([bottom])
            self.skip_mark = end
            return
        self._unbalanced(start)

    def _unbalanced(self, end: int) -> None:
        if self.stack:
            self._emit(self.stack[0], end, end, balanced=False)
        self._reset([])


def is_possessive_double(text: str, i: int) -> bool:
    """`the board"s plan`: some wire copy types a straight double mark for the apostrophe of a possessive (three
    articles of the open blind sets, 9 marks, none a quotation). Between a letter and an "s" that ends the word
    it opens and closes nothing."""
    return (
        text[i] == '"'
        and i > 0
        and text[i - 1].isalpha()
        and text[i + 1 : i + 2] == "s"
        and not text[i + 2 : i + 3].isalpha()
    )


def find_quotes(text: str) -> list[Quote]:
    """All top-level quotations in `text`, in order; nested quotations stay inside their outer one."""
    return _Scanner(text).run()
