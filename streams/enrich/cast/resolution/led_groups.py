"""An unnamed group speaking through the person who leads it: "researchers led by Ana Ruiz found that ...",
"a team headed by Dr X said ...".

A group the article does not name ("researchers", "a team") is known only by who leads it, and news names the
leader for that reason: the leader is the speaker, as the first author is a study's voice. A group a named
body leads ("a coalition led by the Greens") speaks as that body, for the same reason.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import lexicon


def leader_named(head: Token) -> Token | None:
    """The name of whoever leads the group `head` ("researchers | led by | X"): the object of the agent of a
    past participle of leading set after the group's noun; None when no leader is named so."""
    if head.pos_ != "NOUN":
        return None
    verbs = lexicon().leading_verbs
    # "a team of scientists led by X": the parse hangs the participle on the members the group is made of
    members = [g for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    participles = (c for n in (head, *members) for c in n.rights if c.dep_ == "acl" and c.tag_ == "VBN")
    led = next((c for c in participles if c.lemma_.lower() in verbs), None)
    agent = next((c for c in led.children if c.dep_ == "agent"), None) if led is not None else None
    leader = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    return leader if leader is not None and leader.pos_ == "PROPN" else None
