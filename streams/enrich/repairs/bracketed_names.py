"""Wire copy's angle brackets around a firm's name ("<Orla Vent Ltd>, a unit of <Kessa Corp>, said ...").

The small model has rarely seen "<" and ">": the tagger reads them as a symbol or a proper noun, and the
parser hangs the name on a bracket or makes the closing bracket the subject, so the second firm of "<A>, a
unit of <B>, said" becomes the speaker. To the parser the brackets are plain parentheses: the words it reads
("(" and ")" as a token's norm, before `tok2vec`) are changed, never the text, so every character offset and
every name cut from the text stays as written. After the parse each bracket is punctuation on the name's head.
A bracket pair holds a name only when it opens right before a capitalised word and closes on the same line
right after one, with only name-like words between: "> 5 pct", an HTML tag and a stock code ("<OVL.L>",
left to the cast's `stock_codes`) are left as they are.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

NORMS = "newswire_bracketed_name_norms"
PUNCTUATION = "newswire_bracketed_name_punctuation"
_NAME = re.compile(r"<(?<![\w<>]<)(?=[A-Z])[\w&.,'’ -]{1,80}?(?<=[\w.])>(?![\w<>])")
_CODE = re.compile(r"[A-Z][A-Z0-9]{0,7}(?:\.[A-Z]{1,3})?")
_MAX_WORDS = 10  # a longer run between brackets is no firm's name


def bracket_pairs(doc: Doc) -> list[tuple[Token, Token]]:
    """The opening and closing bracket tokens of every bracketed firm's name in `doc`."""
    pairs: list[tuple[Token, Token]] = []
    text = doc.text
    if "<" not in text:  # most copy has no bracket: the pattern's look-behind is tried at every position
        return pairs
    for match in _NAME.finditer(text):
        if _CODE.fullmatch(match.group()[1:-1]):
            continue
        opening, closing = doc.char_span(match.start(), match.start() + 1), doc.char_span(match.end() - 1, match.end())
        if opening is not None and closing is not None and 0 < closing.start - opening.end <= _MAX_WORDS:
            pairs.append((opening[0], closing[0]))
    return pairs


@Language.component(NORMS)
def bracketed_name_norms(doc: Doc) -> Doc:
    for opening, closing in bracket_pairs(doc):
        opening.norm_, closing.norm_ = "(", ")"
    return doc


def _name_head(opening: Token, closing: Token) -> Token:
    """The word the bracketed name hangs on: the last word between the brackets whose head lies outside them."""
    inside = range(opening.i + 1, closing.i)
    heads = [t for t in opening.doc[opening.i + 1 : closing.i] if t.head.i not in inside or t.head == t]
    return heads[-1]


def _marked_pairs(doc: Doc) -> list[tuple[Token, Token]]:
    """The pairs the norms component found, read back from the norms it set: the pattern runs once per doc."""
    rows = doc.to_array([ORTH, NORM])
    strings = doc.vocab.strings
    marks = numpy.flatnonzero(((rows[:, 0] == strings["<"]) & (rows[:, 1] == strings["("]))
                              | ((rows[:, 0] == strings[">"]) & (rows[:, 1] == strings[")"]))).tolist()
    return [(doc[a], doc[b]) for a, b in zip(marks[::2], marks[1::2], strict=True)]


@Language.component(PUNCTUATION)
def bracketed_name_punctuation(doc: Doc) -> Doc:
    for opening, closing in _marked_pairs(doc):
        group = range(opening.i, closing.i + 1)
        head = _name_head(opening, closing)
        outer = min(
            (t for t in doc[opening.i : closing.i + 1] if t.head.i not in group or t.head == t),
            key=lambda t: (t.dep_ in ("punct", "dep"), t != head),  # a named link first, the name's own first
            default=head,
        )
        attach = head if outer.head == outer else outer.head
        if any(a.i in group for a in attach.ancestors):
            continue  # the clause hangs on the bracket: moving it would loop, the parse is left as it is
        head.head, head.dep_ = attach, "ROOT" if attach == head else outer.dep_
        for t in doc[opening.i + 1 : closing.i]:
            if t != head and t.head in (opening, closing):
                t.head = head
        for bracket, tag in ((opening, "-LRB-"), (closing, "-RRB-")):
            for child in [c for c in bracket.children if c.i not in group]:
                child.head = head
            bracket.head, bracket.dep_, bracket.tag_, bracket.pos_ = head, "punct", tag, "PUNCT"
        _appose_second_subject(head, closing)
    return doc


def _appose_second_subject(name: Token, closing: Token) -> None:
    """A phrase set off by commas between the name and its verb describes the name ("<A>, 38 pct owned by <B>,
    said"): the parser, unsure of the bracketed subject, often makes the phrase a second subject of the verb,
    and the holder inside it then speaks."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.i < closing.i or closing.i + 1 >= len(name.doc) or closing.nbor().text != ",":
        return
    second = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.left_edge.i == closing.i + 2), None)
    if second is not None:
        second.head, second.dep_ = name, "appos"


def use_bracketed_names(nlp: Language) -> Language:
    """Adds the norms before everything (the tagger and the parser read them through `tok2vec`) and the
    punctuation right after the parser (a no-op without a parser, or when present)."""
    if "parser" in nlp.pipe_names and NORMS not in nlp.pipe_names:
        nlp.add_pipe(NORMS, first=True)
        nlp.add_pipe(PUNCTUATION, after="parser")
    return nlp
