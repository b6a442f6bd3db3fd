"""A harm being dealt with: "tackling the backlog", "steps to address the shortage".

A verb of addressing names the harm it works on; VADER reads the harm word and the story turns
bad. The news is the work on it, which says no more than that the harm is there and something is
being done: at most neutral. Solving it is good news and is read elsewhere (the shifters
"resolve", "solve", "fix" reverse what they take). Refusing, failing or not doing the work reverses
the work, never the harm: "refused to address the shortage" is bad news twice over. Protecting
someone from a harm ("protects tenants from eviction") works on it the same way. Only a harm:
"address a rally" or "tackled the winger" take nothing rated, so the sport and the speech senses
are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import MAX_SCOPE_STEPS
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.negation import negated
from streams.enrich.extractors.sentiment.shifters import is_shifter

# Verbs of working on a problem: what they take is the problem ("the council is tackling the
# backlog", "concerns were addressed", "measures to counter the rise in burglaries"); "deal with"
# takes it through its preposition.
# Reaching, rescuing or compensating the ones a harm befell works on the harm the same way ("rescuers
# reached the stranded villagers", "compensated the victims of the spill").
ADDRESSING_VERBS = frozenset({"address", "tackle", "confront", "counter", "reach", "rescue", "evacuate", "compensate"})
# What is reached is a place or people, and a harm only describes them ("the stranded villagers"): a
# harm reached itself is a level ("deaths reached a record high"), which the verb does not work on.
REACHING_VERBS = frozenset({"reach"})
# Protecting someone from a harm keeps it off them: the law "protects tenants from eviction", the
# rules "shield workers from layoffs"; the news is the protection, the harm only what it is from.
PROTECTING_VERBS = ("protect", "shield", "safeguard", "insulate", "spare", "save")
PREP_ADDRESSING = frozenset(
    {"deal with", "grapple with", "cope with"}
    | {f"{verb} {prep}" for verb in PROTECTING_VERBS for prep in ("from", "against")}
    | {"guard against"}
)
# Declining to do something is refusing it, said politely: "the minister declined to address the
# allegations of bribery" leaves them standing as "refused to" does. "Decline" is no shifter of its
# own: what declines ("sales declined") is a move, read in `direction.py`.
DECLINING_VERBS = frozenset({"decline"})
ADDRESSED_DEPS = frozenset({"dobj", "nsubjpass"})
# From a harm word up to the head noun of the object: "the [housing] crisis", "the rise [in
# burglaries]", "the shortage [of nurses]" ("of"/"in" phrases name what the harm is of).
PHRASE_LINKS = frozenset({"amod", "compound", "nmod", "pobj", "prep", "conj"})


def addressed(token: Token, lex: NewsLexicon) -> bool:
    """Whether the bad word is (part of) what a verb of addressing works on, the work not denied
    ("has failed to address the backlog", "does not tackle the shortage" leave the harm standing)."""
    verb = addressing_verb(token)
    return verb is not None and not (negated(verb) or undone(verb, lex))


def addressing_verb(token: Token) -> Token | None:
    """The verb of addressing whose problem the word is (part of). A shifter above that verb reverses
    the work, not the harm: "refused to address the shortage", "unable to reach the stranded
    villagers" leave the harm bad, and the failure is bad news of its own."""
    node = token
    for _ in range(MAX_SCOPE_STEPS):
        head = node.head
        if head.i == node.i:
            return None
        verb = _addressing_verb(node, head)
        if verb is not None:
            return None if node.i == token.i and verb.lemma_.lower() in REACHING_VERBS else verb
        if node.dep_ not in PHRASE_LINKS:
            return None
        node = head
    return None


def _addressing_verb(node: Token, head: Token) -> Token | None:
    """The verb of addressing that takes the node as its problem, directly or through "with"."""
    if node.dep_ in ADDRESSED_DEPS and head.lemma_.lower() in ADDRESSING_VERBS:
        return head
    verb = head.head
    linked = node.dep_ == "pobj" and head.dep_ == "prep" and verb.i != head.i
    return verb if linked and f"{verb.lemma_.lower()} {head.lower_}" in PREP_ADDRESSING else None


def undone(verb: Token, lex: NewsLexicon) -> bool:
    """Whether the work is itself reversed by what governs it ("failed to tackle", "refused to address",
    "declined to address")."""
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    return head.lemma_.lower() in DECLINING_VERBS or is_shifter(head, lex) or negated(head)
