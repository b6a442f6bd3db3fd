"""What an act does to its object decides its tone: a good thing harmed is no good news
("exploited the trust"), a harmful thing destroyed is ("the drug kills cancer cells").

Moilanen & Pulman (2007, "Sentiment composition") compose a verb with its object; VADER adds the
two ratings, or rates the act alone, and reads a cure's "kills" as harm.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from streams.enrich.extractors.sentiment.grammar import MAX_SCOPE_STEPS
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.negation import negated
from streams.enrich.extractors.sentiment.shifters import is_shifter
from streams.enrich.extractors.sentiment.tree import dependents

# The links from a word up to the predicate of whose object it is a part: "exploited [the trust
# of colleagues]", "a betrayal of [a loyal workforce]", "[the agreement] was delayed".
OBJECT_LINKS = frozenset({"dobj", "nsubjpass"})
NOUN_PHRASE_LINKS = frozenset({"amod", "compound", "poss", "nmod", "pobj", "conj"})
# Destroying a harmful agent weighs as a moderately rated good word ("victory", 1.5 in the news
# layer), whatever VADER gives the verb as harm ("kill" -3.5, "block" -0.9).
DESTROYED_HARM_VALENCE = 1.5
# What a destroyer destroys: its object, or its subject in the passive ("the bacteria were killed").
DESTROYED_DEPS = ("dobj", "nsubjpass")
# A harmful agent may be the kind of what is destroyed, however deep in its modifiers: "cancer
# cells", "scam calls", "a drug-trafficking ring" ("drug" -> "trafficking" -> "ring").
KIND_DEPS = ("compound", "amod", "npadvmod", "nmod")
# A counted object is what it counts: "destroyed 3,000 boxes of counterfeit medicines", "seized
# tonnes of illegal timber"; without a count the "of" names an owner or a part ("destroyed the
# offices of the fraud squad" is no good news).
COUNT_DEPS = ("nummod", "quantmod")
PERSON_LABELS = frozenset({"PERSON", "NORP"})  # "killed Ana Ruiz", "killed two Britons"
COUNT_NOUNS = frozenset({"thousand", "thousands", "hundred", "hundreds", "million", "millions", "dozen", "dozens"})
# A noun of kind is what it sorts, as a count is what it counts: "eliminate all forms of
# discrimination", "stamp out any kind of fraud".
SORT_NOUNS = frozenset({"form", "kind", "type", "sort"})

# Verbs of taking someone into the hands of the law. VADER rates the first few as harm ("arrested"
# -2.1, "detained" -1.7) and the people they take as bad ("suspects" -1.4, "thief" -2.4), so "police
# arrested two suspects" read as strongly bad news: the wrongdoer's deed counted twice and its
# answer as a third harm. A reader takes such a report as a routine step of justice (Moilanen &
# Pulman's composition again: a bad act on a bad agent is no harm).
CUSTODY_VERBS = frozenset(
    {"arrest", "detain", "capture", "catch", "apprehend", "jail", "imprison", "charge", "convict", "extradite"}
)
# Who has done wrong, or is held to have: the object whose custody is no harm. A person taken into
# custody who is not one ("detained a journalist", "arrested protesters") keeps the act's harm.
WRONGDOERS = frozenset(
    {"suspect", "criminal", "offender", "thief", "robber", "burglar", "gunman", "attacker", "killer"}
    | {"murderer", "kidnapper", "smuggler", "trafficker", "poacher", "fraudster", "fugitive", "militant"}
    | {"terrorist", "gangster", "rapist", "arsonist", "looter", "hijacker", "insurgent", "accused"}
)
# "the suspected smuggler", "an alleged fraudster": a modifier that names the person by the charge.
CHARGE_MARKS = frozenset({"suspected", "alleged"})


def is_harmed(token: Token, lex: NewsLexicon, polar: dict[int, float]) -> bool:
    """Whether a good thing is what a bad act or event is done to ("exploited the trust").

    Moilanen & Pulman (2007) compose a verb with its object: a negative act on something good is
    negative, the good object is its victim and lends it no warmth. VADER adds the two and "a
    betrayal of a loyal workforce" comes out even. Shifters ("lack of trust") reverse instead.
    """
    child = token
    for _ in range(MAX_SCOPE_STEPS):
        head = child.head
        if head.i == child.i:
            return False
        of_link = child.dep_ == "prep" and child.lower_ == "of"
        if (child.dep_ in OBJECT_LINKS or of_link) and polar.get(head.i, 0.0) < 0:
            return not is_shifter(head, lex)
        if not (of_link or child.dep_ in NOUN_PHRASE_LINKS):
            return False
        child = head
    return False


def destroyed_harm_valences(
    doc: Doc, span: range, lemmas: list[str], tags: list[str], lex: NewsLexicon
) -> dict[int, float]:
    """The verbs of destroying in the span whose object is a harmful agent, rated as good news, and
    the words of that object, rated as nothing: the news is the destruction, so the "scam" of
    "blocked scam calls" or the "fire" of "put out the fire" is no bad word of its own."""
    found: dict[int, float] = {}
    for i in span:
        if tags[i] != "VERB" or lemmas[i] not in lex.destroyer_words:
            continue
        verb = doc[i]
        if not _destroys(verb, lemmas[i], lex):
            continue
        phrases = [_object_phrase(o) for o in _objects(verb) if not _is_person(o, lex)]
        harmful = [[w for w in p if w.i != i] for p in phrases if any(_is_harmful(w, lex) for w in p)]
        if harmful:
            found[i] = DESTROYED_HARM_VALENCE
            found.update((w.i, 0.0) for p in harmful for w in p)
    return found


def custody_valences(doc: Doc, span: range, lemmas: list[str], tags: list[str], lex: NewsLexicon) -> dict[int, float]:
    """The verbs of custody in the span whose object is a wrongdoer, and the words of that object,
    rated as nothing: "rangers arrested three poachers" reports a step of justice, neither a harm done
    nor a harm told (the deed, if the sentence names it, keeps its own tone: "arrested over the
    killing of a teenager"). A custody denied or not done ("the gunman was never caught", "failed to
    arrest the killer") leaves the wrongdoer at large and is left to the other rules."""
    found: dict[int, float] = {}
    for i in span:
        if tags[i] != "VERB" or lemmas[i] not in CUSTODY_VERBS:
            continue
        verb = doc[i]
        if negated(verb) or (verb.dep_ == "xcomp" and is_shifter(verb.head, lex)):
            continue
        phrases = [_object_phrase(o) for o in _objects(verb)]
        held = [p for p in phrases if any(_is_wrongdoer(w) for w in p)]
        if held:
            found[i] = 0.0
            found.update((w.i, 0.0) for p in held for w in p)
    return found


def _is_wrongdoer(word: Token) -> bool:
    """Whether the word names a wrongdoer ("suspects", "the gunman") or marks a person as one ("alleged")."""
    return word.lemma_.lower() in WRONGDOERS or word.lower_ in WRONGDOERS or word.lower_ in CHARGE_MARKS


def _objects(verb: Token) -> list[Token]:
    """What the verb destroys; in a short sentence the small tagger may read the verb as a modifier of
    its object ("the tool [blocks] malware", "the filter [blocks] spam calls" as if "blocks" were a
    kind of calls): the noun after it that it is a compound of is then its object."""
    found = dependents(verb, DESTROYED_DEPS)
    head = verb.head
    if verb.dep_ == "compound" and head.i > verb.i and head.pos_ in ("NOUN", "PROPN"):
        found = [*found, head]
    return found


def _destroys(verb: Token, lemma: str, lex: NewsLexicon) -> bool:
    """Whether the verb is a destroyer, alone ("kill") or with its particle ("wipe out")."""
    return lemma in lex.destroyers or any(f"{lemma} {p.lower_}" in lex.destroyers for p in dependents(verb, ("prt",)))


def _object_phrase(noun: Token) -> list[Token]:
    """The object noun with the modifiers that may name its kind, and, when it counts or sorts
    something ("3,000 boxes of", "thousands of", "all forms of"), the counted noun's phrase."""
    phrase, frontier = [noun], [noun]
    for _ in range(MAX_SCOPE_STEPS):
        frontier = [m for w in frontier for m in dependents(w, KIND_DEPS)]
        phrase.extend(frontier)
    if dependents(noun, COUNT_DEPS) or noun.lower_ in COUNT_NOUNS or noun.lemma_.lower() in SORT_NOUNS:
        for prep in dependents(noun, ("prep",)):
            if prep.lower_ == "of":
                phrase.extend(w for counted in dependents(prep, ("pobj",)) for w in _object_phrase(counted))
    return phrase


def _is_person(noun: Token, lex: NewsLexicon) -> bool:
    """Whether the object is a person or people: a killing stays a death whoever is killed ("police killed a
    gang member", "troops killed a terrorist"), while their groups and trades are harms ("a terrorist cell")."""
    return noun.ent_type_ in PERSON_LABELS or noun.lemma_.lower() in lex.people


def _is_harmful(word: Token, lex: NewsLexicon) -> bool:
    """Whether the word names a harmful agent, by lemma or by form ("trafficking", whose lemma is "traffic")."""
    return word.lemma_.lower() in lex.harmful or word.lower_ in lex.harmful
