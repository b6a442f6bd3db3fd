"""A past-tense verb set off by commas after a description ("The win, the 23-year-old said, was ...") is
the parenthetical's verb, not the description's noun.

The small English model reads "the 23-year-old said" inside commas as a noun phrase ("said" a noun in
apposition to the subject, or the subject itself; "the 39-year-old told reporters" with "told" a modifier
of "reporters"), so the clause loses its attribution and the speaker is never found. English settles it
without the tagger: a word its dictionary lists only as a verb's past form ("said", "added", "insisted")
cannot head a noun phrase. Only that shape is repaired: a comma or dash, a description opened by a
determiner and made of nominal words, the verb, at most a short adjunct or object ("on Monday",
"reporters"), a second comma or dash, and the clause's own verb after it. The verb becomes a parenthetical
of that clause, as the parser reads "The plan, the minister said, would fail", with the description's last
word its subject.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

from streams.enrich.repairs.tabled import add_tabled_repair

FACTORY = "newswire_parenthetical_verbs"
TABLE = "newswire_past_forms"
_SET_OFF = frozenset({",", "—", "–"})
# Tags, not parts of speech: the repair runs before the attribute table derives those from the tags.
_DESCRIPTION_TAGS = frozenset({"DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH"})
_DESCRIPTION_HEAD_TAGS = frozenset({"JJ", "NN", "NNS", "NNP", "NNPS"})
_ADJUNCT_TAGS = frozenset({"IN", "DT", "CD", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP", "PRP$"})
_MAX_ADJUNCT = 6
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_OBJECT_DEPS = frozenset({"appos", "nsubj", "nsubjpass", "attr", "dobj", "conj", "ROOT"})


def _past_forms(nlp: Language) -> dict[str, bool]:
    """The lower-case words the lemmatizer's tables list only as a verb's past form: an irregular one
    ("said", "told") or a regular "-ed" of a listed verb ("added", "admitted"), and never as a noun."""
    tables = nlp.get_pipe("lemmatizer").lookups
    index, exceptions = tables.get_table("lemma_index"), tables.get_table("lemma_exc")
    nouns = set(index.get("noun", ())) | set(exceptions.get("noun", {}))
    forms = {w for w in exceptions.get("verb", {}) if not w.endswith(("ing", "s"))}
    for verb in index.get("verb", ()):
        forms.update((verb + "d",) if verb.endswith("e") else (verb + "ed", verb + verb[-1:] + "ed"))
    return {w: True for w in forms - nouns if w.isalpha()}


def _past_verbs(doc: Doc) -> list[Token]:
    """The tokens whose lower-case form is in the past-form table, found on the LOWER array without
    building a Token object per word."""
    lookups = doc.vocab.lookups
    if not len(doc) or not lookups.has_table(TABLE):
        return []
    table = lookups.get_table(TABLE)
    return [doc[i] for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in table]


def _clause_verb(doc: Doc, after: int, end: int) -> Token | None:
    """The verb the parse roots the sentence in, when it comes after position `after`."""
    root = doc[after].sent.root
    return root if after < root.i < end and (root.tag_.startswith("VB") or root.tag_ == "MD") else None


def _description(doc: Doc, verb: Token) -> tuple[int, Token] | None:
    """The set-off description before `verb`: where its opening comma stands, and its last word."""
    k = verb.i - 1
    start = doc[verb.i].sent.start
    while k > start and doc[k].text not in _SET_OFF and doc[k].tag_ in _DESCRIPTION_TAGS:
        k -= 1
    if k <= start or doc[k].text not in _SET_OFF or k + 1 >= verb.i:
        return None
    first, last = doc[k + 1], doc[verb.i - 1]
    if first.tag_ not in ("DT", "PRP$") or last.tag_ not in _DESCRIPTION_HEAD_TAGS:
        return None
    return k, last


def _closing(doc: Doc, verb: Token) -> int | None:
    """The comma or dash that closes the parenthetical, past a short adjunct or object."""
    end = doc[verb.i].sent.end
    for k in range(verb.i + 1, min(end, verb.i + _MAX_ADJUNCT + 2)):
        if doc[k].text in _SET_OFF:
            return k
        if doc[k].tag_ not in _ADJUNCT_TAGS:
            return None
    return None


@Language.component(FACTORY)
def parenthetical_verbs(doc: Doc) -> Doc:
    for verb in [t for t in _past_verbs(doc) if t.dep_ not in ("parataxis", "ROOT")]:
        described = _description(doc, verb)
        closing = _closing(doc, verb) if described is not None else None
        if described is None or closing is None:
            continue
        clause = _clause_verb(doc, closing, doc[verb.i].sent.end)
        if clause is not None and _misread(verb, described, closing, clause):
            _repair(doc, verb, described, closing, clause)
    return doc


def _misread(verb: Token, described: tuple[int, Token], closing: int, clause: Token) -> bool:
    """The parse made the verb the description's head ("the 23-year-old said" a noun phrase) or a modifier
    of the noun after it ("told reporters"), and the clause has its subject before the parenthetical. A
    participle the description heads ("the company based in X") or that takes words of its own ("the
    first appointed since the vote") is a reduced relative, and "the first" no description: left alone."""
    opening, last = described
    nominal = last.tag_ != "JJ" or last.dep_ == "amod"
    read_as_noun = last.head.i == verb.i or (verb.dep_ == "amod" and verb.head.i == verb.i + 1)
    bare = verb.tag_ != "VBN" or closing == verb.i + 1
    return (
        nominal
        and read_as_noun
        and bare
        and any(c.dep_ in _SUBJECT_DEPS and c.i < opening for c in clause.children)
    )


def _repair(doc: Doc, verb: Token, described: tuple[int, Token], closing: int, clause: Token) -> None:
    """The verb becomes a parenthetical of the clause, the description's last word its subject, the words
    before that word hang on it and the words after the verb on the verb."""
    opening, subject = described
    for child in [c for c in verb.children if not opening < c.i < closing]:
        child.head = clause
    verb.head, verb.dep_ = clause, "parataxis"
    if verb.tag_ not in ("VBD", "VBZ"):
        verb.tag_ = "VBD"
    subject.head, subject.dep_ = verb, "nsubj"
    for t in doc[opening + 1 : subject.i]:
        if not opening < t.head.i < subject.i or t.head.i == t.i:
            t.head = subject
    for t in doc[verb.i + 1 : closing]:
        if not verb.i < t.head.i < closing or t.head.i == t.i:
            t.head = verb
            if t.dep_ in _OBJECT_DEPS:
                t.dep_ = "dobj"


def use_parenthetical_verbs(nlp: Language) -> Language:
    """Adds the repair right after the parser, with the past forms it reads on `nlp.vocab` (a no-op without
    a parser and a rule lemmatizer, or when present)."""
    return add_tabled_repair(nlp, FACTORY, TABLE, _past_forms)
