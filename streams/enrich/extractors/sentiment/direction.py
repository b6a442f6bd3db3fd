"""Direction phrases: a quantity and which way it moves ("sales fell", "losses widened", "rising
unemployment", "cut jobs", "a rise in crime", "high running costs").

News states much of its good and bad news as movement of a measured quantity, and the tone is the
product of two signs: whether more of the quantity is good (sales, jobs, output) or bad (costs,
losses, unemployment), and whether it went up or down. Neither word carries the tone alone, so a
word-by-word lexicon misses it ("fell" is unrated) or gets it backwards ("losses narrowed" read as
bad because "losses" is). The phrase is composed from its parts, as Moilanen & Pulman (2007,
"Sentiment composition") compose a verb with its argument: the phrase's valence sits on the
direction word and the quantity's own rating is silenced, so that negation, hedges and conditionals
apply to the phrase as they do to any rated word ("costs did not rise", "if sales fall").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.tree import dependents

# A measure named by a general noun takes its sign from what it measures: "the unemployment rate",
# "the number of deaths", "crime figures", "waiting times".
MEASURE_NOUNS = frozenset(
    {"rate", "level", "number", "figure", "total", "count", "amount", "volume", "time", "list"}
    | {"share", "proportion", "percentage"}  # "the share of adults who smoke"
    | {"price"}  # "the share price", "the price of its stock"; a price of anything else has no sign
)
# How a direction word reaches its quantity, by its own part of speech and relation.
OBJECT_DEPS = ("dobj", "nsubjpass")  # "cut jobs", "jobs were cut": the object moves
SUBJECT_DEPS = ("nsubj",)  # "sales fell": the subject moves
MODIFIER_DEPS = frozenset({"amod", "acl"})  # "rising unemployment", "costs rising": the head moves
NOUN_PREPS = frozenset({"in", "of", "to"})  # "a rise in crime", "a fall of output", "cuts to services"
# "profits are expected to fall": the quantity is the subject of the verb the direction completes.
RAISING_DEPS = frozenset({"xcomp"})
# A level named as the object of its clause is where the clause's subject stands: "crime hit a
# record low", "exports reached a new high", "crime is at a record low".
LEVELS = frozenset({"high", "low"})
LEVEL_DEPS = frozenset({"dobj", "pobj", "attr"})
# A comparative of amount says which way a quantity stands against a reference, as a move does:
# "fewer deaths than last year", "the deficit was smaller than forecast", "shorter waits". It is
# a direction entry written as the word (its lemma, "few", "small", is no comparison). Said of a
# move ("sales grew less than hoped", "unemployment rose less than feared") it turns the move
# against its expectation: the move's tone is reversed and the comparative adds none of its own.
LESSER = frozenset({"less", "fewer"})
COMPARATIVE_LINKS = ("advmod", "acomp", "npadvmod")
# A record is the far end of a quantity, said as its modifier: "record profits", "a record 85,000
# visitors", "record crowds" are more of it than ever, "record losses" more of a bad one. The word's
# direction entry rates it; as a verb it reads its object as news uses it ("recorded a loss").
RECORDS = frozenset({"record"})
RECORD_DEPS = frozenset({"compound", "nmod", "amod"})
# What the quantity is, when the noun is none the lexicon lists: a noun qualified by a bad-news
# adjective is a bad quantity ("bad loans shrank", "deadly attacks rose", "illegal dumping fell").
QUALIFIER_DEPS = ("amod",)


def direction_valences(
    tokens: Sequence[Token], lex: NewsLexicon, lemmas: Sequence[str], words: Sequence[str]
) -> dict[int, float]:
    """Valences of the direction phrases in consecutive tokens of one sentence, by token index: the
    phrase's valence on the direction word, 0 on the quantity word whose own rating it replaces.
    `lemmas` and `words` are the doc's lower-cased lemmas and words by token index (a comparative
    is an entry as written)."""
    found: dict[int, float] = {}
    if not len(tokens) or not lex.directions:
        return found
    doc = tokens[0].doc
    for i in range(tokens[0].i, tokens[-1].i + 1):
        if lemmas[i] not in lex.direction_words and words[i] not in lex.direction_words:
            continue
        token = doc[i]
        strength = _strength(token, lex)
        if strength is None or _bounds_count(token) or _qualifies_move(token, lex):
            continue
        quantity = _quantity(token, lex)
        if quantity is None:
            continue
        word, sign = quantity
        lesser = [c.i for c in dependents(token, COMPARATIVE_LINKS) if c.lower_ in LESSER]
        found[i] = strength * sign * (-1 if lesser else 1)
        found[word.i] = 0.0  # the quantity's words are said by the phrase: "[bad loans] shrank"
        found.update(dict.fromkeys(_bad_qualifiers(word, lex), 0.0))
        found.update(dict.fromkeys((*lesser, *_destination(token)), 0.0))
    return found


def _bounds_count(token: Token) -> bool:
    """Whether a comparative bounds a count ("fewer than 200 jobs", "less than 5 per cent"): a
    size, not a move."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    after = token.nbor(2) if token.i + 2 < len(token.doc) else None
    return following is not None and following.lower_ == "than" and after is not None and after.like_num


def _qualifies_move(token: Token, lex: NewsLexicon) -> bool:
    """Whether the word is the comparative of a move ("grew [less] than hoped"), which the move reads."""
    head = token.head
    return (
        token.lower_ in LESSER
        and token.dep_ in COMPARATIVE_LINKS
        and head.i != token.i
        and _strength(head, lex) is not None
    )


def _destination(token: Token) -> list[int]:
    """The words of where the quantity moved to, which the phrase's tone already says: "fell to its
    lowest", "rose to a record high" (VADER rates "lowest" as bad whatever fell)."""
    return [w.i for target in _complements(token, ("to",)) for w in (target, *dependents(target, ("amod",)))]


def _strength(token: Token, lex: NewsLexicon) -> float | None:
    """The direction word's signed strength: a particle verb ("ramp up", "scale back") first."""
    lemma = token.lemma_.lower()
    for particle in dependents(token, ("prt",)):
        value = lex.directions.get(f"{lemma} {particle.lower_}")
        if value is not None:
            return value
    value = lex.directions.get(lemma)
    return value if value is not None else lex.directions.get(token.lower_)


def _quantity(token: Token, lex: NewsLexicon) -> tuple[Token, float] | None:
    """The quantity the direction word moves, with its sign, if it is one the lexicon knows."""
    for candidate in _candidates(token):
        if _removed(token, candidate, lex):
            continue
        found = _measured(candidate, lex)
        if found is not None:
            return found
    return None


def _removed(token: Token, noun: Token, lex: NewsLexicon) -> bool:
    """Whether a direction word that is also a shifter removes a bad thing rather than moves a bad
    kind of quantity: "lifted the harsh restrictions" (a shifter's reading) against "illegal dumping
    fell" (a quantity's)."""
    return token.lemma_.lower() in lex.shifters and lex.valence.get(noun.lower_, 0.0) < 0 and not (
        lex.quantities.get(noun.lemma_.lower()) or lex.quantities.get(noun.lower_)
    )


def _candidates(token: Token) -> list[Token]:
    if token.lemma_.lower() in LEVELS:
        level = _level_noun(token)
        if level is not None:
            return _level_subjects(level)
    if token.lemma_.lower() in RECORDS and token.dep_ in RECORD_DEPS and token.head.i != token.i:
        return [token.head]
    if token.pos_ == "NOUN":
        return _complements(token, NOUN_PREPS) + dependents(token, ("compound",))
    objects = dependents(token, OBJECT_DEPS)
    if objects:  # also of a verb modifying a noun: "the decision to halt output"
        return objects
    if token.dep_ in MODIFIER_DEPS and token.head.i != token.i:
        # a modified noun that itself modifies a noun names a kind ("low-income housing",
        # "high-tariff goods"), not a level anything is at
        return [] if token.head.dep_ == "compound" else [token.head]
    if token.dep_ == "acomp" and token.head.i != token.i:  # "costs remain high"
        return dependents(token.head, (*SUBJECT_DEPS, "nsubjpass"))
    subjects = dependents(token, SUBJECT_DEPS)
    if not subjects and token.dep_ in RAISING_DEPS and token.head.i != token.i:
        subjects = dependents(token.head, (*SUBJECT_DEPS, "nsubjpass"))
    return subjects


def _level_noun(token: Token) -> Token | None:
    """The object that names the level: the word itself ("hit a record low"), the measure noun it
    qualifies ("crime is at its lowest level"), or the object of the verb it hangs from as an adverb
    ("sales hit a record high", as the small parser reads it)."""
    head = token.head
    if token.dep_ in LEVEL_DEPS:
        return token
    if token.dep_ == "amod" and head.dep_ in LEVEL_DEPS and head.lemma_.lower() in MEASURE_NOUNS:
        return head
    if token.dep_ == "advmod" and head.pos_ == "VERB" and dependents(head, ("dobj",)):
        return token
    return None


def _level_subjects(token: Token) -> list[Token]:
    """The subjects of the clause whose object is the level ("[crime] hit a record low", "[crime] is
    at a record low")."""
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.i != verb.i:
        verb = verb.head
    return dependents(verb, (*SUBJECT_DEPS, "nsubjpass"))


def _measured(noun: Token, lex: NewsLexicon) -> tuple[Token, float] | None:
    """The word that says what is measured and its sign: the noun itself, or for a measure noun
    ("rate", "number") its compound or "of" complement."""
    of = _complements(noun, ("of",))
    if noun.lemma_.lower() in MEASURE_NOUNS:
        for word in dependents(noun, ("compound",)) + of:
            sign = lex.quantities.get(word.lemma_.lower()) or lex.quantities.get(word.lower_)
            if sign:
                return word, sign
        if of:  # a measure of something unlisted: "the share of adults who smoke" (not shares traded)
            return None
    sign = lex.quantities.get(noun.lemma_.lower()) or lex.quantities.get(noun.lower_)
    if sign:
        return noun, sign
    return (noun, -1.0) if noun.pos_ == "NOUN" and _bad_qualifiers(noun, lex) else None


def _bad_qualifiers(noun: Token, lex: NewsLexicon) -> list[int]:
    """The bad-news adjectives that qualify the noun ("[illegal] dumping", "[bad] loans")."""
    return [a.i for a in dependents(noun, QUALIFIER_DEPS) if lex.valence.get(a.lower_, 0.0) < 0]


def _complements(token: Token, prepositions: Collection[str]) -> list[Token]:
    """The objects of the word's prepositions among `prepositions` ("a rise [in] crime")."""
    return [o for p in dependents(token, ("prep",)) if p.lower_ in prepositions for o in dependents(p, ("pobj",))]
