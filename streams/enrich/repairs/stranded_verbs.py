"""A verb the parser hangs on the noun after it as a modifier, though it gave the verb a subject, heads
the clause.

The small English model sometimes reads "Mayor X Al-Y held talks with ..." as a noun phrase "held
talks" (as in "the held talks") with "Al-Y" still the subject of "held": a modifier has no subject, so
the tree contradicts itself. The verb is the clause's, and the noun its object, which is how every
reader of the parse (meetings' "held talks with", statements' subjects) expects the clause. Only that
self-contradicting shape is repaired: a participle that really modifies a noun ("a heated debate") has
no subject.

The same contradiction in another shape: "X, however, insisted sales would recover" read with "insisted" a
modifier of "sales" and both "X" and "sales" subjects of "recover". The verb heads the sentence, with the
first subject its own and the rest its reported clause.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.language import Language
from spacy.symbols import amod as AMOD  # the label's fixed id, as the DEP array holds it
from spacy.tokens import Doc, Token

FACTORY = "newswire_stranded_verbs"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")
_PHRASE_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "case", "nummod"})


def _stranded(token: Token) -> bool:
    """A verb opening the noun phrase that heads the sentence, with a subject of its own: "held talks", and
    "hosted council leader X", where the titled name after the verb is read as one phrase the verb modifies."""
    noun = _phrase_head(token)
    return (
        token.dep_ == "amod"
        and token.tag_ in ("VBD", "VBN")  # fine-grained tags: the coarse ones come after the parser
        and noun.i > token.i
        and noun.dep_ == "ROOT"
        and noun.tag_ in _NOUN_TAGS
        and _inside_phrase(token, noun)
        and any(c.dep_ in _SUBJECTS and c.i < token.i for c in token.children)
    )


def _phrase_head(token: Token) -> Token:
    """The head of the phrase the word modifies: "leader" in "hosted council leader X" is a compound of X."""
    noun = token.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _inside_phrase(token: Token, noun: Token) -> bool:
    """Every word between the verb and the noun is one of the noun's own modifiers ("council leader Owen"):
    the verb then opens the phrase, and nothing else of the clause stands between it and its object."""
    doc = token.doc
    return all(doc[i].dep_ in _PHRASE_DEPS and token.i < doc[i].head.i <= noun.i for i in range(token.i + 1, noun.i))


@Language.component(FACTORY)
def stranded_verbs(doc: Doc) -> Doc:
    """The verb becomes the root, the noun its direct object, and what hung on the noun before the verb
    (the sentence's punctuation, time and place phrases after the object stay with the noun) follows."""
    modifiers = [doc[i] for i, d in enumerate(doc.to_array(DEP).tolist()) if d == AMOD] if len(doc) else []
    for verb in [t for t in modifiers if _second_subject_modifier(t) is not None]:
        _heads_reported_clause(verb, _second_subject_modifier(verb))
    for verb in [t for t in modifiers if _stranded(t)]:
        noun = _phrase_head(verb)
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "dobj"
        for child in [c for c in noun.children if c.dep_ == "punct" or c.i < verb.i]:
            child.head = verb
    return doc


def _second_subject_modifier(token: Token) -> Token | None:
    """ "X, however, insisted sales would recover": a past verb the parser hangs on the noun after it, where
    that noun is a second subject of the clause's root after the root's own one (a clause has one subject,
    so the tree contradicts itself). Returns the first subject, which is the verb's."""
    noun = token.head
    root = noun.head
    if not (
        token.dep_ == "amod"
        and token.tag_ in ("VBD", "VBN")
        and noun.i == token.i + 1
        and noun.dep_ == "nsubj"
        and root.dep_ == "ROOT"
        and root.i > noun.i
    ):
        return None
    return next((c for c in root.children if c.dep_ == "nsubj" and c.i < token.i), None)


def _heads_reported_clause(verb: Token, subject: Token) -> None:
    """The verb becomes the root, with the first subject its own and the old root's clause its complement;
    what hung on the old root between the subject and the verb (commas, "however") and the closing
    punctuation follow the verb."""
    root = verb.head.head
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "ccomp"
    subject.head = verb
    for child in [c for c in root.children if subject.i < c.i < verb.i or (c.dep_ == "punct" and c.i > root.i)]:
        child.head = verb


def use_stranded_verbs(nlp: Language) -> Language:
    """Adds the repair right after the parser (a no-op without one, or when present)."""
    if "parser" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="parser")
    return nlp
