"""Protection from a harm is good news: "the helmet protects riders from head injuries", "the
wall kept the town from flooding", "the software guards against fraud", "vaccination prevented an
outbreak".

VADER rates "protects" (+1.3) but adds the harm it protects from ("injuries" -1.8), so the
sentence read as bad news; "guard", "keep" and "prevent" it barely rates at all. The news is the
protection: the verb weighs as VADER's "protects" and the harm words it keeps off count for nothing
(Moilanen & Pulman 2007 compose a preventing verb with its object the same way). A protection that
is denied or fails ("did not prevent the collapse", "failed to protect children from abuse") is
left to `remedy.py`, which keeps the harm bad.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.negation import negated
from streams.enrich.extractors.sentiment.remedy import PROTECTING_VERBS, undone
from streams.enrich.extractors.sentiment.tree import dependents

# A protection weighs as VADER's "protects" (1.3), whatever the verb's own rating below that.
PROTECTION_VALENCE = 1.3
# Verbs that keep a harm off someone through "from" or "against" ("protects riders from", "guards
# against fraud", "kept the town from flooding"); the small parser often hangs the preposition on
# the one protected ("protects [welders from injuries]"), so it is looked for there too.
SHIELDING_VERBS = frozenset({*PROTECTING_VERBS, "guard", "keep"})
SHIELDING_PREPS = ("from", "against")
# Verbs whose object is the harm kept off: "prevented an outbreak", "an outbreak was prevented";
# "spare" takes it as its second object ("were spared the worst of the storm"). "Avert" is left to
# the shifters, which reverse what it takes word by word ("averted a costly strike"), as "prevent"
# is too where no harm phrase follows it.
PREVENTING_VERBS = frozenset({"prevent", "spare"})
PREVENTED_DEPS = {"prevent": ("dobj", "nsubjpass"), "spare": ("dobj",)}
# The tagger reads a present-tense "guards" or "shields" as a noun in a short sentence ("the software
# guards against fraud", "the ordinance shields fishermen from eviction"); a noun followed by its
# "against" phrase, or with an object, or made a modifier of the noun after it, is still the verb.
VERB_TAGS = frozenset({"VERB", "NOUN"})


def protection_valences(
    doc: Doc, span: range, lemmas: list[str], tags: list[str], words: list[str], lex: NewsLexicon
) -> dict[int, float]:
    """The verbs of protection in the span that keep a rated harm off, rated as good news, and the
    words of that harm, rated as nothing."""
    found: dict[int, float] = {}
    for i in span:
        lemma = lemmas[i]
        if tags[i] not in VERB_TAGS or (lemma not in SHIELDING_VERBS and lemma not in PREVENTING_VERBS):
            continue
        verb = doc[i]
        kept_off = [w.i for phrase in _kept_off(verb, lemma) for w in phrase.subtree]
        harms = [k for k in kept_off if lex.valence.get(words[k], 0.0) < 0]
        if not harms or negated(verb) or undone(verb, lex):
            continue
        found[i] = max(lex.valence.get(words[i], 0.0), PROTECTION_VALENCE)
        found.update(dict.fromkeys(harms, 0.0))
    return found


def _kept_off(verb: Token, lemma: str) -> list[Token]:
    """The phrases naming what the verb keeps off: its object for a verb of preventing, the
    "from"/"against" phrase of the verb or of its object for a verb of shielding ("spare" is both)."""
    prevented = dependents(verb, PREVENTED_DEPS[lemma]) if lemma in PREVENTING_VERBS and verb.pos_ == "VERB" else []
    if lemma not in SHIELDING_VERBS:
        return prevented
    objects = dependents(verb, ("dobj",))
    slipped = verb.head.i > verb.i and verb.head.pos_ == "NOUN"
    # "the rail [protects] cyclists from": the small parser may make the verb a modifier of the one
    # it protects, which then holds the "from" phrase.
    hosts = [verb, *objects, *([verb.head] if slipped else [])]
    preps = [p for host in hosts for p in dependents(host, ("prep",)) if p.lower_ in SHIELDING_PREPS]
    as_verb = verb.pos_ == "VERB" or bool(objects) or (slipped and verb.dep_ == "compound")
    if not as_verb and not any(p.lower_ == "against" for p in preps):
        return []
    return [*prevented, *(o for p in preps for o in dependents(p, ("pobj", "pcomp")))]
