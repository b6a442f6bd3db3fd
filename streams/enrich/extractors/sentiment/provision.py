"""A holding given or taken: the news of a job, a route, a service or a payment that people gain or
lose, told with no rated word ("35 jobs will go", "the bus service will be withdrawn", "the airline
will open two new routes", "retired miners will receive their pensions").

News tells much of its good and bad news as something people hold being given or taken away. VADER
rates neither word: "withdraw", "open", "receive", "route", "entitlement" are all neutral to it, so
the report reads as neutral. The tone is composed from the two parts, as `direction` composes a move
with a quantity (Moilanen & Pulman 2007): a verb of giving or taking (the news lexicon's `provision`
group) and a holding as what it gives or takes (its `holding` group). A verb of leaving ("go",
"disappear") takes its holding as its subject. The valence sits on the verb, so negation and the
irrealis rules apply to it as to any rated word ("creditors will not receive their money", "if the
service is withdrawn"). A holding is something people are provided with, never a price or a place:
"cut prices", "moved offices" and "closed the road for repairs" are left as they were.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.tree import dependents

# What a verb of giving or taking acts on: its object, or its subject in the passive.
TAKEN_DEPS = ("dobj", "nsubjpass")
# A verb of leaving whose subject goes somewhere moves the holding rather than ends it: "the
# funding will go to rural schools", "the prize money will go towards a new roof".
DESTINATION_PREPS = frozenset({"to", "towards", "toward", "into", "onto", "on"})
# "on" names what money goes on ("will go on wages"), unless it names the day ("will go on Friday").
WHEN_LABELS = frozenset({"DATE", "TIME"})
# A verb of leaving that goes on is no loss: "the service will go ahead", "the talks will go on";
# nor is one that says what its subject becomes ("the plant went quiet").
CONTINUING = frozenset({"ahead", "forward", "on", "through", "along"})
STATE_DEPS = ("acomp", "attr", "oprd")
# A holding may be named by a conjunct or by a noun that counts it: "routes and flights",
# "hundreds of jobs", "a third of the staff".
COUNTED_PREPS = frozenset({"of"})


def provision_valences(doc: Doc, span: range, lemmas: list[str], tags: list[str], lex: NewsLexicon) -> dict[int, float]:
    """The valence of each verb in the span that gives or takes a holding, by token index, and 0 on
    the holding's own word (the phrase says it)."""
    found: dict[int, float] = {}
    for i in span:
        if tags[i] != "VERB":
            continue
        lemma = lemmas[i]
        if lemma not in lex.departures and lemma not in lex.provision_words:
            continue
        verb = doc[i]
        value, held = _given_or_taken(verb, lemma, lex)
        if held:
            found[i] = value
            found.update(dict.fromkeys(held, 0.0))
    return found


def _given_or_taken(verb: Token, lemma: str, lex: NewsLexicon) -> tuple[float, list[int]]:
    """The verb's valence and the holdings it gives or takes: a verb of leaving its subject ("the
    branch will close"), a verb of giving or taking its object ("will close the branch")."""
    if lemma in lex.departures and not _stays(verb):
        held = _holdings(_leaving(verb), lex)
        if held:
            return lex.departures[lemma], held
    value = _valence(verb, lemma, lex)
    if value is None:
        return 0.0, []
    return value, _holdings(dependents(verb, TAKEN_DEPS), lex)


def _valence(verb: Token, lemma: str, lex: NewsLexicon) -> float | None:
    """The verb's valence, a particle verb ("open up", "shut down") first."""
    for particle in dependents(verb, ("prt",)):
        value = lex.provisions.get(f"{lemma} {particle.lower_}")
        if value is not None:
            return value
    return lex.provisions.get(lemma)


def _holdings(nouns: list[Token], lex: NewsLexicon) -> list[int]:
    """The indices of the holdings among the nouns, their conjuncts and what they count."""
    found: list[int] = []
    for noun in nouns:
        for word in (noun, *dependents(noun, ("conj",))):
            if _is_holding(word, lex):
                found.append(word.i)
                continue
            counted = [o for p in dependents(word, ("prep",)) if p.lower_ in COUNTED_PREPS for o in _objects(p)]
            found.extend(o.i for o in counted if _is_holding(o, lex))
    return found


def _objects(preposition: Token) -> list[Token]:
    return dependents(preposition, ("pobj",))


def _is_holding(word: Token, lex: NewsLexicon) -> bool:
    """Whether the word names a holding; one with a task to do is a duty ("we've got a job to do")."""
    return (
        word.pos_ == "NOUN"
        and (word.lemma_.lower() in lex.holdings or word.lower_ in lex.holdings)
        and not any(_is_infinitive(m) for m in dependents(word, ("acl", "relcl")))
    )


def _is_infinitive(verb: Token) -> bool:
    return any(a.lower_ == "to" for a in dependents(verb, ("aux",)))


def _leaving(verb: Token) -> list[Token]:
    """What leaves: the verb's subject, or the subject of the verb it completes ("jobs are set to
    go", "the clinic is expected to close")."""
    subjects = dependents(verb, ("nsubj",))
    if not subjects and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        return dependents(verb.head, ("nsubj", "nsubjpass"))
    return subjects


def _stays(verb: Token) -> bool:
    """Whether a verb of leaving says where its subject goes ("will go to schools") or that it goes
    on ("will go ahead"): then nothing is lost."""
    return (
        any(p.lower_ in DESTINATION_PREPS and not _names_when(p) for p in dependents(verb, ("prep",)))
        or any(a.lower_ in CONTINUING for a in dependents(verb, ("advmod", "prt")))
        or bool(dependents(verb, STATE_DEPS))
    )


def _names_when(preposition: Token) -> bool:
    return any(o.ent_type_ in WHEN_LABELS for o in _objects(preposition))
