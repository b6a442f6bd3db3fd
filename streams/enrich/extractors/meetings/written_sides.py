"""A side named as the article writes the group, not as the body behind it: "a Norland Assembly team", "the steering
committee for its lenders".

Reading people sent by a body as that body ("the union's negotiators" as the union) suits a side told by its
people; a party sent under the body's name ("an Assembly team", "a Harbour Bank mission") is a group of its own,
and annotators keep it as written, its sending body inside the name. A committee told by whom it acts for
("the working committee for its lenders") is likewise that committee, the ones it serves part of its
name: "the steering committee" alone could be any.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.sitting_bodies import sitting_body
from streams.enrich.model import Participant


def sent_party(token: Token, body: Participant, body_end: int | None) -> Participant | None:
    """"a Norland Assembly team", "a Harbour Bank mission": a word for a party sent, set right after the name of the
    body that sent it (`body_end`, the index past the name), is that party, named with the body's name."""
    if body_end != token.i or token.tag_ != "NN" or lower_lemma(token) not in LEX.sent_groups or (
            body.name.lower().endswith(token.lower_)):
        return None
    return Participant(name=f"{body.name} {token.lower_}", kind="organization")


def served_ones(token: Token) -> str:
    """" for its lenders": whom a committee or board acts for, when a "for" names a plural group right
    after it, up to the group's own word ("... for its bondholders over the debt" ends at "bondholders");
    empty otherwise ("a committee for next year" says when, not whom)."""
    if not sitting_body(token):
        return ""
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.i == token.i + 1 and c.lower_ == "for"), None)
    group = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
    if group is None or group.tag_ != "NNS" or group.ent_type_ in ("DATE", "TIME", "MONEY"):
        return ""
    words = [prep, *(t for t in group.subtree if t.i <= group.i)]  # what follows the group says what they discuss
    return " " + "".join(t.text_with_ws for t in words).strip()
