"""That-less reports whose verb the parse folded into the cue's object.

Many common verbs have one form for the base, the past and the participle, and a noun of the same form
("cut", "hit", "set", "cost", "hurt", "shut", "put"). After a speech verb with "that" left out the small
English model reads "X said the new drug cut relapse rates by a third" as "said (the new drug cut relapse
rates)": the verb a compound inside the cue's object, or a reduced relative on it ("the tariffs [that were]
cut"). The clause is lost and no statement is found. Two shapes settle it without the tagger:

- a reduced relative is passive, so it takes no object of its own: a verb hung on the cue's object as a
  modifier that has one ("the delay cost the family dearly"), or that is tagged finite, is the clause's verb;
- a noun phrase never holds a complementiser: "said that the pandemic cut audiences" with the "that" inside
  the object has a clause there, whatever its head.

Without "that", a compound may be a real noun phrase ("announced the budget cut plans", "noted the pay cut
figures"), so the compound shape is read as a clause only after a cue whose object can be nothing but
words said ("say"): "said the budget cut plans" is no English.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import lexicon

_FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ"})
_VERB_FORM_TAGS = frozenset({"VBD", "VBN", "VBP", "VBZ", "VB", "NN"})
_OWN_OBJECT_DEPS = frozenset({"dobj", "dative"})
_FOLLOWING_DEPS = frozenset({"prep", "npadvmod", "advmod", "dobj", "dative"})


def _modifier_with_object(obj: Token) -> Token | None:
    """A verb hung on the object as a reduced relative that a reduced relative cannot be: finite, or with
    an object of its own, or set after a relative clause the object's commas close ("told reporters the
    talks, which began in May, ended": a restricting modifier never follows one that does not restrict)."""
    return next(
        (
            c
            for c in obj.rights
            if c.dep_ == "acl"
            and c.tag_ in _VERB_FORM_TAGS
            and (
                (c.i == obj.i + 1 and (c.tag_ in _FINITE_TAGS or any(g.dep_ in _OWN_OBJECT_DEPS for g in c.children)))
                or _after_closed_relative(obj, c)
            )
        ),
        None,
    )


def _after_closed_relative(obj: Token, verb: Token) -> bool:
    doc = obj.doc
    return doc[verb.i - 1].text == "," and any(
        r.dep_ == "relcl" and r.right_edge.i == verb.i - 2 and doc[r.left_edge.i - 1].text == "," for r in obj.children
    )


def _compound_verb(obj: Token) -> Token | None:
    """A lower-case word of a verb's form inside the object's compound, with a noun before it in the phrase:
    "the new drug cut (relapse rates)"."""
    doc = obj.doc
    for word in doc[obj.left_edge.i + 1 : obj.i]:
        before = doc[word.i - 1]
        if (
            word.dep_ == "compound"
            and word.is_lower
            and word.tag_ in _VERB_FORM_TAGS
            and before.tag_ in ("NN", "NNS", "JJ")
        ):
            return word
    return None


def _complementiser_inside(obj: Token) -> bool:
    return any(t.dep_ == "mark" and t.lower_ == "that" and t.i == obj.left_edge.i for t in obj.subtree)


def object_read_clause(cue: Token) -> tuple[int, int] | None:
    """The token range (first, last) of the clause the parse read as the cue's object, else None."""
    lex = lexicon()
    objects = [c for c in cue.rights if c.dep_ == "dobj"]
    obj = objects[0] if objects else None
    if cue.lemma_.lower() in lex.addressee_verbs:  # "told the committee ...": the object is the audience
        audiences = len(objects) - 1 + sum(c.dep_ == "dative" for c in cue.children)
        obj = objects[-1] if objects and audiences > 0 else None  # unless another object names it
    if obj is None or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None
    found = _modifier_with_object(obj) is not None
    if not found and _compound_verb(obj) is not None:
        found = _complementiser_inside(obj) or cue.lemma_.lower() in lex.words_object_verbs
    if not found:
        return None
    last = obj.right_edge.i
    for c in cue.rights:  # "the dispute cost members (a week's pay)": the clause's words the cue holds
        if c.i > last and c.dep_ in _FOLLOWING_DEPS and not cue.doc[last + 1].is_punct:
            last = c.right_edge.i
    return obj.left_edge.i, last
