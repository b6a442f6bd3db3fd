"""Quotations that name a work, a campaign or a slogan rather than report anyone's words.

Titles are written in title case (every content word capitalised) and end without the punctuation of a
sentence someone spoke; that shape, with where the quotation sits in its sentence, tells a name from a quote.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import cue_kind
from .layout import Layout
from .lexicon import lexicon
from .quotes import Quote

_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from"})
_EDGE_PUNCT = "\"'“”‘’«»()[],.:;!?"
_DEFINITE = frozenset({"the", "this", "these", "those", "its", "their"})
_NOMINAL_TAGS = frozenset({"NN", "NNS", "JJ", "VBG", "HYPH"})
_MAX_DISTANCED_WORDS = 2
_CLAUSE_TAGS = frozenset({"PRP", "PRP$", "MD", "DT", "IN", "TO", "RB", "WDT", "WP"})
_MAX_ALIAS_WORDS = 3


def in_title_case(text: str, parts: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> bool:
    """Every content word capitalised (or a number), and no sentence or clause punctuation at the end."""
    words = [w.strip(_EDGE_PUNCT) for s, e in parts for w in text[s:e].split()]
    content = [w for w in words if w and w.lower() not in _SMALL_WORDS]
    if not content or text[parts[-1][1] - 1] in ".!?…,;":
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in content)


def names_a_work(layout: Layout, q: Quote) -> bool:
    """`watched 'The Long Road Home'`, `the "Safe Streets" scheme would expand`: a title-case quotation that
    hangs on a noun or on a verb that reports no speech is a name inside the sentence, and so is a quotation
    in any case that hangs on a noun for a work or follows one (`the film "Nine winters in the north"`). One
    that hangs on a cue (`called the plan "Project Fear"`, `called the film "a disgrace"`) is someone's label,
    and stays."""
    head = _head_outside(layout, q)
    if head is not None and (cue_kind(head) is not None or _labelled_object(head)):
        return False
    if any(_work_noun(t) for t in (head, word_before(layout, q))):
        return True  # `her memoir, "A life in two halves",`: a title set beside its work, whatever its case
    return head is not None and in_title_case(layout.text, q.parts)


def _work_noun(token: Token | None) -> bool:
    return token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in lexicon().work_nouns


def word_before(layout: Layout, q: Quote) -> Token | None:
    """The word right before the opening mark (`the film "..."`). Not past a comma: in `In the film, "...,"
    she says` the work is where the words were said."""
    i = layout.token_index_at(q.open_mark) - 1
    return layout.doc[i] if i >= 0 else None


def keeps_a_name_at_distance(layout: Layout, q: Quote) -> bool:
    """`critics say the "reforms" were never costed`: one or two words of a noun phrase in marks, right after
    a definite determiner outside them, are the name a known thing goes by, set off to doubt it (scare
    quotes); nobody's statement, and the sentence around them keeps its report. An evaluative word or an
    indefinite phrase (`acted "in good faith"`, `a "solid start"`) is the speaker's own, and stays."""
    before = word_before(layout, q)
    if before is None or before.lower_ not in _DEFINITE:
        return False
    words = words_in(layout, q, _MAX_DISTANCED_WORDS)
    return (
        0 < len(words) <= _MAX_DISTANCED_WORDS
        and all(t.tag_ in _NOMINAL_TAGS for t in words)
        and words[-1].tag_ in ("NN", "NNS")
    )


def gives_another_name(layout: Layout, q: Quote) -> bool:
    """`severance pay for the owners, or "soft landings," she said`: a noun, a comma and "or" before a short
    noun phrase in marks, joined to a noun of the phrase before the comma, give the other name the thing goes
    by; nobody's words, and the sentence around them keeps its report. The parse often tags the first word of
    such a coined name as a verb ("drip deals"), so the join decides, not the tags; an adjective or a clause
    (`fair, or "close to fair"`) is the speaker's own."""
    before = word_before(layout, q)
    if before is None or before.lower_ != "or" or before.i < 2:
        return False
    doc = layout.doc
    named = doc[before.i - 2]
    if doc[before.i - 1].text != "," or named.pos_ not in ("NOUN", "PROPN"):
        return False
    words = words_in(layout, q, _MAX_ALIAS_WORDS)
    return (
        0 < len(words) <= _MAX_ALIAS_WORDS
        and words[-1].tag_ in ("NN", "NNS")
        and not any(t.tag_ in _CLAUSE_TAGS for t in words)
        and any(t.dep_ == "conj" and _ends_on(t.head, named) for t in words)
    )


def _ends_on(head: Token, named: Token) -> bool:
    """`head` is a noun of the phrase that ends on `named` ("the fees paid in instalments", joined at "fees")."""
    return head.pos_ in ("NOUN", "PROPN") and head.i <= named.i


def words_in(layout: Layout, q: Quote, most: int) -> list[Token]:
    """The quotation's words without punctuation, at most one past `most` (enough to tell it is too long)."""
    doc = layout.doc
    words = [t for t in doc[layout.token_index_at(q.start) : layout.token_index_at(q.end)] if not t.is_punct]
    return words[: most + 1]


def names_a_slogan(layout: Layout, q: Quote) -> bool:
    """`banners reading "Hands off our pensions"`, `crowds chanted "..."`, `under the slogan "..."`: words
    written on a sign or sung in chorus, whatever their case. The quotation hangs on a noun for such words,
    on a verb that gives a sign its words, or on a verb of chanting: a banner or a crowd is no speaker."""
    head = _head_outside(layout, q)
    if head is None:
        return False
    lex = lexicon()
    if head.pos_ == "VERB" and head.lemma_.lower() in lex.chant_verbs:
        return True
    if head.pos_ == "VERB" and head.dep_ in ("acl", "relcl"):  # "banners reading ...", "a sign that said ..."
        head = head.head
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in lex.inscription_nouns


def _head_outside(layout: Layout, q: Quote) -> Token | None:
    """The token outside the quotation that its first word hanging outside hangs on, if any."""
    doc = layout.doc
    i = layout.token_index_at(q.start)
    while i < len(doc) and doc[i].idx < q.end:
        head = doc[i].head
        if not q.start <= head.idx < q.end:
            return head if head.i != doc[i].i else None
        i += 1
    return None


def _labelled_object(noun: Token) -> bool:
    """`called the budget "Project X"`: the parse may hang the label on the object it is given to."""
    return noun.dep_ == "dobj" and cue_kind(noun.head) == "phrase"
