"""A working group a body sent, known afterwards by its bare noun: "a team from the X Office ... the team's
report", "the X mission ... the mission's report", "X sent a panel ... the panel's report".

A team, panel or mission the article does not name acts for the body it comes from, and news says which body
once, where the group is introduced; what the group's report says is that body's word.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import lexicon

_SENDER_REACH = 300  # tokens back to where the group was introduced


def body_of_group(group: Token) -> Token | None:
    """The word naming the body a common group noun (the lexicon's working groups) acts for: its own proper
    compound ("the X team") or "from"/"of" a name, else the same ties where the group was last introduced, or
    the subject that sent or appointed it there ("X sent a team"); None when the article names no such body."""
    lex = lexicon()
    lemma = group.lemma_.lower()
    if group.pos_ != "NOUN" or lemma not in lex.working_groups:
        return None
    doc = group.doc
    for token in [group, *reversed(doc[max(0, group.i - _SENDER_REACH) : group.i])]:
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
            continue
        body = _tied_body(token) or _sender(token)
        if body is not None:
            return body
    return None


def _tied_body(group: Token) -> Token | None:
    """ "the X team", "a team from the X Office", "a panel of the X Board": a capitalised name beside the noun."""
    named = [c for c in group.lefts if c.dep_ in ("compound", "nmod", "poss") and _named(c)]
    if named:
        return named[-1]
    return next(
        (
            g
            for c in group.rights
            if c.dep_ == "prep" and c.lower_ in ("from", "of")
            for g in c.children
            if g.dep_ == "pobj" and _named(g)
        ),
        None,
    )


def _sender(group: Token) -> Token | None:
    """ "X sent a team to ...", "X appointed a panel": the named subject of the verb the group is the object of."""
    if group.dep_ != "dobj" or group.head.lemma_.lower() not in lexicon().sending_verbs:
        return None
    return next((c for c in group.head.children if c.dep_ == "nsubj" and _named(c)), None)


def _named(token: Token) -> bool:
    return not token.is_lower and token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "DATE")
