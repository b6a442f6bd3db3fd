"""A listed company's stock code in angle brackets after its name ("Velmora Kong (Holdings) Ltd <VKGH.HK>").

Wire copy writes the code right after the company's name. The small model reads a firm named after its
founder, or one with a parenthesised word in its name, as a person, and sometimes the code itself as one;
either then stands in focus as a person and a later he/she reaches it instead of the chairman who spoke. The
code is nobody's name, and a name right before it is a company's whatever its words look like, and so is the
same name written again later ("Velmora Kong said ..."), which the model reads as a person's or a place's. A code is
capitals and digits with an optional exchange suffix, so an address in angle brackets after a person's name
("Ana Ruiz <ana@example.org>") is not one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..lexicon import lexicon

_CODE = re.compile(r"<[A-Z][A-Z0-9]{0,7}(?:\.[A-Z]{1,3})?>")
_CODE_IN_NAME = re.compile(r"(?:^|\s)<?[A-Z][A-Z0-9]{0,7}(?:\.[A-Z]{1,3})?>(?=\s|$)")
_NAME_TAIL = 4  # words between the name read as a person's and the code: "(Holdings) Ltd"


def in_stock_code(ent: Span, text: str) -> bool:
    """Whether the span lies inside a stock code's angle brackets (`text` is the document's: `Doc.text` joins
    every token again at each call)."""
    opening = text.rfind("<", max(0, ent.start_char - 1), ent.start_char + 1)
    return opening >= 0 and _CODE.match(text, opening) is not None and ent.end_char <= _CODE.match(
        text, opening).end()


def without_stock_code(name: str) -> str:
    """The name with any stock code, whole or cut at its opening bracket, and any stray angle bracket taken
    out ("Velmora Kong Ltd <VKGH.L>", "VKG> Velmora Labs Inc", "Velmora Bank>"): a span run into or out of the
    brackets takes the code along, and the firm is named by its words alone."""
    if "<" not in name and ">" not in name:
        return name
    return _CODE_IN_NAME.sub(" ", name).strip("<> ").replace("  ", " ")


def listed(name: Span) -> bool:
    """Whether a stock code follows the name right away ("Velmora Air <VLMA.S> said"): only a listed company
    has one, so the body is a company for "the company", "the airline" and "company officials" even when its
    name carries no legal form, as a rival named later with one ("Tarrow Aircraft Corp") does."""
    doc = name.doc
    after = name.end
    if after >= len(doc) or not doc[after].text.startswith("<"):
        return False  # no code: spare building the document's text for the match
    return _CODE.match(doc.text, doc[after].idx) is not None


def coded_firm(token: Token) -> Token | None:
    """The last word of the name written right before the stock code `token` lies in ("Ltd" of "Velmora Kong
    Ltd <VKGH.L> said"): the parser often makes the code, or its closing bracket, the verb's subject, and a
    code never speaks for itself, its company does."""
    doc = token.doc
    opening = next((doc[i] for i in range(token.i, max(-1, token.i - 4), -1) if doc[i].text.startswith("<")), None)
    code = _CODE.match(doc.text, opening.idx) if opening is not None and opening.i > 0 else None
    if code is None or token.idx >= code.end():
        return None
    before = doc[opening.i - 1]
    return before if before.text[:1].isupper() else None


def code_standing_for(root: Token) -> Token:
    """Where a coded company's name stands in its clause: the parser may make the stock code the verb's
    subject and hang the name's words on it ("X Holdings Plc <XH.L> which earlier reported ..., said"), and
    the firm a lede is about must still be the subject in focus, or a later "the company" goes to a rival
    named after it. The code when it carries the name `root` is a word of (straight or through its opening
    bracket), else `root` itself."""
    code = root.head.head if root.head.text == "<" else root.head
    last = coded_firm(code) if root.dep_ in ("compound", "nmod") else None
    return code if last is not None and root.i <= last.i < code.i else root


def coded_subject(name: Span) -> Token | None:
    """The word of a name and the stock code right after it that stands as the next verb's subject, when the
    parser split the pair: "X AB <XAB ST> cut its dividend" hangs the name on the verb as a modifier and makes
    the code the subject, or hangs both on an opening bracket it ties to a verb left with no subject. Either
    way the firm did the deed, and a later "it said" is the firm's."""
    doc = name.doc
    opening = name.end
    if opening >= len(doc) or not doc[opening].text.startswith("<"):
        return None  # no code: spare building the document's text for the match
    code = _CODE.match(doc.text, doc[opening].idx)
    if code is None:
        return None
    closing = opening
    while closing + 1 < len(doc) and doc[closing].idx + len(doc[closing].text) < code.end():
        closing += 1
    group = range(name.start, closing + 1)
    outer = [t for t in doc[name.start : closing + 1] if t.head.i not in group]
    verbs = {t.head for t in outer}
    if len(verbs) != 1:
        return None
    verb = verbs.pop()
    if verb.i <= closing or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((t for t in outer if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        return subject
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    return next((t for t in outer if t.dep_ in ("dep", "npadvmod", "nmod")), None)


class CodedFirms:
    """The names the article wrote before a stock code, as the recogniser's spans come in text order."""

    def __init__(self, text: str) -> None:
        """`text`: the document's."""
        self._text = text
        self._names: set[str] = set()

    def firm(self, ent: Span) -> Span | None:
        """The span as an organisation's when it is a coded company's name, at the code or written again."""
        named = ent[:-1] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent  # "Velmora Kong's"
        if named.text in self._names:  # under whatever label: a person's, a place's
            return Span(ent.doc, ent.start, ent.end, label="ORG")
        held = parenthesised_firm(ent)
        firm = held or firm_before_code(ent, self._text)
        if firm is not None:
            self._names.add(_short_name(firm))
        return firm if firm is not None and (held is not None or ent.label_ == "PERSON") else None


def firm_before_code(ent: Span, text: str) -> Span | None:
    """The company's name, as an organisation's span, when a span read as a person's or a body's is followed
    by a stock code, with at most a few capitalised, parenthesised or legal-form words between ("(Holdings)
    Ltd")."""
    if ent.label_ not in ("PERSON", "ORG"):  # "X of North America <XNA>": a place's span ends the name
        return None
    doc = ent.doc
    suffixes = lexicon().corporate_suffixes
    end = ent.end
    while end < len(doc) and end - ent.end <= _NAME_TAIL and not doc[end].text.startswith("<"):
        word = doc[end]
        if not (word.text in ("(", ")") or word.is_title or word.lower_ in suffixes):
            return None
        end += 1
    if end >= len(doc) or _CODE.match(text, doc[end].idx) is None:
        return None
    return Span(doc, ent.start, end, label="ORG")


def parenthesised_firm(ent: Span) -> Span | None:
    """The company's name, as an organisation's span, when a name the model read as a place's, a person's or
    a body's cut short is followed by a few capitalised words in parentheses and a legal form ("Velmora Kong
    (Holdings) Ltd", "Arnwick (Overseas) Inc"): with or without a stock code, only a company is so written."""
    if ent.label_ not in ("PERSON", "GPE", "ORG", "NORP", "LOC"):
        return None
    end = _parenthesised_tail_end(ent.doc, ent.end)
    return Span(ent.doc, ent.start, end, label="ORG") if end is not None else None


def written_with_parentheses(name: Span) -> bool:
    """Whether a name the cast read ends in a parenthesised word and a legal form ("Velmora Kong (Holdings)
    Ltd"): the parse makes the legal form the head and the words before it hang on it."""
    opening = next((t.i for t in name if t.text == "("), None)
    return opening is not None and opening > name.start and _parenthesised_tail_end(name.doc, opening) == name.end


def _parenthesised_tail_end(doc: Doc, at: int) -> int | None:
    """Where a tail of a few capitalised words in parentheses and one or more legal forms, opening at `at`,
    ends; None when none opens there."""
    if at >= len(doc) or doc[at].text != "(":
        return None
    closing = next((i for i in range(at + 1, min(len(doc), at + 2 + _NAME_TAIL)) if doc[i].text == ")"), None)
    if closing is None or closing == at + 1 or not all(w.is_title or w.is_upper for w in doc[at + 1 : closing]):
        return None
    suffixes = lexicon().corporate_suffixes
    end = closing + 1
    while end < len(doc) and doc[end].lower_ in suffixes:
        end += 1
    return end if end > closing + 1 else None


def _short_name(firm: Span) -> str:
    """The name as news writes it again: without its legal form and parenthesised words ("Velmora Kong")."""
    suffixes = lexicon().corporate_suffixes
    words: list[str] = []
    inside = False
    for token in firm:
        inside = (inside or token.text == "(") and token.text != ")"
        if not inside and token.text != ")" and token.lower_ not in suffixes:
            words.append(token.text_with_ws)
    return "".join(words).strip()
