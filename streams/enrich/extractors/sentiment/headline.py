"""The tone of a headline, read from its words without a parse.

The title arrives beside the text, not in the parsed doc, and parsing it would cost the stage as
much as scoring the whole article. A headline is a handful of words in telegraphic style, where
the parse is least reliable anyway, so plain word look-ups with VADER's three-word negation window
read it about as well. Words whose rating depends on the part of speech (`pos_only` in the
lexicon) are left out: without tags there is no telling "close ties" from "close the plant";
except after "to" or a modal, where headline style puts the verb of a coming event ("Plant to close",
"Mine could close", "Factory will not close").

The lexicon's phrases are written as lemmas ("call off", "job cut"), which the parse supplies in the
body. A headline writes them inflected ("called off", "lays off", "job cuts", "strikes a deal"), so
its words are matched to a phrase through their regular English endings and the few irregular
past forms the phrases' verbs have.

Headlines state much of their news as a quantity and its move ("Unemployment falls", "Losses
narrow", "Carmaker to cut 1,200 jobs") and as a shifter acting on a bad thing ("Union calls off
strike", "Ban lifted"). Without a parse both are read from word order, the way headline grammar
puts them: the quantity right before its move (the subject) or a few words after it (the
object), and a shifter before what it takes or, as a passive participle, right after it. The
tone is then composed as in the body (`direction.py`, `shifters.py`).
"""

from __future__ import annotations

import itertools
import math
import re

from vaderSentiment.vaderSentiment import N_SCALAR

from streams.enrich.extractors.sentiment.backdrop import (
    FEAR_NOUNS,
    RELIEF_VERBS,
    SETTING_CLAUSE_WORDS,
    SETTING_PREPS,
    SETTLEMENT_VERBS,
    STRUGGLE_NOUNS,
    STRUGGLE_PREPS,
)
from streams.enrich.extractors.sentiment.contrast import AFTER_BUT, BEFORE_BUT, DIVIDED_WORDS, REACTION_NOUNS
from streams.enrich.extractors.sentiment.direction import LEVELS, MEASURE_NOUNS
from streams.enrich.extractors.sentiment.harm import DESTROYED_HARM_VALENCE
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.part_score import PartScore
from streams.enrich.extractors.sentiment.prefixes import HYPHENS, OPPOSING_PREFIXES, names_harm
from streams.enrich.extractors.sentiment.rating import BACKING_VERBS, CATENATIVE_VERBS, PLANNED_MARKS, SUCCESSION_VERBS
from streams.enrich.extractors.sentiment.shifters import PASSING_VERBS
from streams.enrich.extractors.sentiment.tone import MIXED_MIN_VALENCE, opposed

# Words, and the punctuation that joins two clauses of a headline ("Police break up ring, free
# 30 victims"; "Ferry runs aground; all safe"), which is kept as a word so that nothing reaches
# across it (see CLAUSE_WORDS); not the comma of a number ("1,200 jobs").
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[,;:](?=\s)")
CLAUSE_MARKS = frozenset({",", ";", ":"})
# A negator acts on the words after it and rates nothing itself, as in the body's parse ("no" is a
# determiner there): VADER's -1.2 for "no" made "No one hurt" bad news before "hurt" was reversed.
NEGATORS = frozenset({"not", "no", "never", "without", "nobody", "nothing", "none", "neither"})
# VADER's window: a negation reaches the three words after it.
NEGATION_WINDOW = 3
# Inflectional endings and what replaces them to give the base form ("losses" -> "loss",
# "called" -> "call", "closing" -> "close"); a doubled consonant before -ed/-ing is undone too.
ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
# Irregular past forms of the verbs in the lexicon's phrases, and of its shifters where a headline puts them.
IRREGULAR = {"laid": "lay", "struck": "strike", "broke": "break", "shook": "shake", "made": "make"} | {
    "withdrawn": "withdraw"
}
# A headline that opens "X to ..." announces what X will do ("Bridge to stay shut", "Block to be
# demolished"): its first word is the subject, not a shifter of the verb after "to", unless it is a
# noun of ending, which takes "to" for what it ends ("End to strike in sight", "Halt to evictions").
ENDING_NOUNS = frozenset({"end", "halt", "stop"})
# The words after which a headline word is a verb: "to" of a coming event and the modals ("will close").
VERB_MARKS = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "shall", "should"})
# The words that open the setting of a denied harm ("No one hurt [in] warehouse fire", "Nobody
# injured [as] tram derails"), as the body's prepositions and clauses of time do (`backdrop.py`).
SETTING_WORDS = SETTING_PREPS | SETTING_CLAUSE_WORDS | {"amid"}
# How far after its move a quantity may stand ("cut 1,200 jobs" is two words once numbers drop,
# "a rise in violent crime" three).
OBJECT_REACH = 3
# Words that open another clause of a headline: a shifter or a move does not reach across them
# ("Firm cuts jobs amid crisis": the crisis is not cut).
CLAUSE_WORDS = frozenset(
    {"as", "after", "amid", "but", "while", "despite", "though", "although", "when", "because", "since", "before"}
    | {"and", "over", "for"}
    | CLAUSE_MARKS
)
# Nouns of a service, a procedure or a body that works on something: a noun right before one says
# what it works on ("cancer unit", "stroke ward", "fraud trial", "blood pressure checks", "terror
# squad"), a kind and no news, as the body's parse reads a compound modifier (`rating.py`,
# `_is_classifier`). An adjective there is news ("poor service", "unfair trial", "failed checks"),
# so only a word that does not look like one is read as the kind (see `_adjective_like`).
SERVICE_HEADS = frozenset(
    {"unit", "ward", "clinic", "centre", "center", "charity", "helpline", "hotline", "service"}
    | {"screening", "check", "scan", "test", "treatment", "therapy", "vaccine", "drug", "research"}
    | {"trial", "hearing", "inquiry", "squad", "team", "specialist", "officer", "patient", "survivor"}
)
# Endings and a prefix of English adjectives and participles ("careless", "dangerous", "failed",
# "unfair"), and the short evaluative adjectives that carry neither.
ADJECTIVE_ENDINGS = ("ed", "ful", "ous", "ive", "less", "able", "ible", "al", "ic", "ent", "ant", "ing", "y")
PLAIN_ADJECTIVES = frozenset({"bad", "poor", "false", "fake", "sham", "grim", "weak", "sick", "dire", "rogue"})
# "X, but not Y" leaves out the predicate of its second side ("Profits rise, but not sales", "Truce
# agreed, but not prisoner swap"): the "not" denies for Y what the first side says of X, so the
# headline has two opposite sides, and Y's own words are only what is denied (a short noun phrase).
ELLIPSIS_REACH = 4
# A move's destination ("falls to lowest level", "to record low") is said by the move's own tone.
DESTINATION_REACH = 3


def headline_part(title: str, lex: NewsLexicon) -> tuple[PartScore, tuple[tuple[str, float], ...]]:
    """The headline's score and its rated words (the first word of a phrase stands for it)."""
    text = title.lower().replace("’", "'")
    found = list(WORD.finditer(text))
    words = [match.group() for match in found]
    forms = [bases(word) for word in words]
    moves, silenced = _moves(words, forms, lex)
    silenced.update(_opposed_kinds(text, found, lex))
    for i, harm in _destroyed_harms(words, forms, lex).items():
        moves[i] = DESTROYED_HARM_VALENCE
        silenced.update(range(i + 1, harm + 1))
    contrast = words.index("but") if "but" in words[1:] else None
    elided = contrast is not None and _elided(words, contrast)
    valences, spent, unscaled = _read(words, forms, lex, moves, silenced, contrast, elided)
    if contrast is not None and not elided:
        set_against = _set_against(words, forms, lex, moves, silenced, contrast, unscaled, spent)
        if set_against:
            moves = {**moves, **set_against}
            valences, spent, unscaled = _read(words, forms, lex, moves, silenced, contrast, elided)
    kept = tuple((w, v) for k, w, v in valences if k not in spent)  # a shifter that acted rates nothing
    contrasted = False
    if contrast is not None:
        before = _side(unscaled, spent, contrast, -1)
        contrasted = opposed(before, -before if elided else _side(unscaled, spent, contrast, 1))
    part = PartScore(
        positive=sum(v for _, v in kept if v > 0),
        negative=-sum(v for _, v in kept if v < 0),
        clause=True,
        contrasted=contrasted or _divided_reaction(words, forms),
    )
    return part, kept


def _read(
    words: list[str],
    forms: list[set[str]],
    lex: NewsLexicon,
    moves: dict[int, float],
    silenced: set[int],
    contrast: int | None,
    elided: bool,
) -> tuple[list[tuple[int, str, float]], set[int], dict[int, float]]:
    """The headline's rated words (index, word, valence after the "but" rule), the shifters that
    acted, and every rated word's valence before the "but" rule scaled it."""
    shifters = _shifter_starts(words, forms, lex, moves)
    valences: list[tuple[int, str, float]] = []
    spent: set[int] = set()
    unscaled: dict[int, float] = {}
    denied: list[int] = []  # the bad words a negator reversed ("No one [hurt]")
    i = 0
    while i < len(words):
        word, start = words[i], i
        size, value = _phrase_at(forms, i, lex)
        if start in moves:
            value, size = moves[start], 1
        elif start in silenced:
            value, size = 0.0, 1
        elif not size:
            rated = (
                _rated_here(words, i, lex)
                and word not in NEGATORS
                and not _kind_of_service(words, forms, i)
                and not _planned_backing(words, i, lex)
                and not _feared(words, forms, i)
            )
            value = lex.valence.get(word, 0.0) if rated else 0.0
            size = 1
        i += size
        if elided and contrast is not None and start > contrast:
            value = 0.0  # what the elided predicate is denied of
        if value < 0 and (
            _relieved(words, forms, start)
            or _road_to_success(words, forms, start, valences)
            or _denied_setting(words, start, denied)
        ):
            value = 0.0
        if value and not _topic_of_encounter(words, i):
            reversing = _reversing(words, forms, lex, start, i, shifters, passive=start not in moves)
            if value < 0 and any(words[k] in NEGATORS for k in reversing):
                denied.append(start)
            spent.update(k for k in reversing if k in shifters or k >= i)  # "ease" in "Fears ease"
            value *= N_SCALAR ** (len(reversing) + (value < 0 and _settled(words, forms, start)))
        if value and contrast is not None:  # VADER's "but" rule, as in the body
            unscaled[start] = value
            value *= BEFORE_BUT if start < contrast else AFTER_BUT
        if value:
            valences.append((start, word, value))
    return valences, spent, unscaled


def _opposed_kinds(text: str, found: list[re.Match[str]], lex: NewsLexicon) -> set[int]:
    """The prefix and the bad word of each "anti-X" compound ("Anti-fraud unit formed"), which names
    a measure, not the harm (`prefixes`); the word pattern drops the hyphen, so it is read from the text."""
    silenced: set[int] = set()
    for i, (prefix, word) in enumerate(itertools.pairwise(found)):
        joined = prefix.end() < len(text) and text[prefix.end()] in HYPHENS and word.start() == prefix.end() + 1
        if prefix.group() in OPPOSING_PREFIXES and joined and names_harm(word.group(), word.group(), lex):
            silenced.update((i, i + 1))
    return silenced


def _set_against(
    words: list[str],
    forms: list[set[str]],
    lex: NewsLexicon,
    moves: dict[int, float],
    silenced: set[int],
    contrast: int,
    unscaled: dict[int, float],
    spent: set[int],
) -> dict[int, float]:
    """The words of a side of the headline's "but" that the "but" sets against the other side's clear
    news (MIXED_MIN_VALENCE, as `tone.opposed` asks), with their valence there.

    - A move of a quantity the lexicon does not list ("Output rises but margins shrink", "Harvest
      grows but prices collapse") has no sign of its own; on a side that rates nothing it is read as
      the opposite of the other side.
    - An event the lexicon lists (`lex.events`: "teachers quit", "violence flares", "crowds return")
      is news of its own sign that plain text rates weakly or not at all ("she quit smoking", "warns
      of rain"); on a side not clearly rated it counts when it is the opposite of the other side
      ("Enrolment climbs but teachers quit"). A side that says nothing of the kind ("Shares rise but
      trading thin", "Team wins but coach stays") stays one-sided.
    """
    found: dict[int, float] = {}
    for side, other in ((range(contrast), 1), (range(contrast + 1, len(words)), -1)):
        against = _side(unscaled, spent, contrast, other)
        if abs(against) < MIXED_MIN_VALENCE:
            continue
        unrated = not any(k in side for k in unscaled)
        weak = abs(_side(unscaled, spent, contrast, -other)) < MIXED_MIN_VALENCE
        for i in side:
            if i in moves or i in silenced:
                continue
            strength = next((lex.directions[f] for f in sorted(forms[i]) if f in lex.directions), None)
            event = _event_at(words, forms, i, lex)
            if unrated and strength is not None and words[i] not in LEVELS:
                found[i] = -math.copysign(abs(strength), against)
            elif weak and event * against < 0:
                found[i] = event
    return found


def _event_at(words: list[str], forms: list[set[str]], i: int, lex: NewsLexicon) -> float:
    """The valence of the event the lexicon lists at word i, alone ("quit") or with its particle
    ("walk out"); 0 when none."""
    following = words[i + 1] if i + 1 < len(words) else ""
    for form in sorted(forms[i]):
        value = lex.events.get(f"{form} {following}") or lex.events.get(form)
        if value:
            return value
    return 0.0


def _destroyed_harms(words: list[str], forms: list[set[str]], lex: NewsLexicon) -> dict[int, int]:
    """The destroyers followed, within their clause, by a harmful agent, with where it stands ("New
    drug kills cancer cells", "Treatment wipes out infection"): good news, as in the body (`harm.py`);
    the words up to the agent are what is destroyed and rate nothing of their own ("cancer")."""
    found: dict[int, int] = {}
    for i in range(len(words) - 1):
        particle = any(f"{f} {words[i + 1]}" in lex.destroyers for f in forms[i])
        if not particle and not forms[i] & lex.destroyers:
            continue
        start = i + 1 + particle
        for k in range(start, min(len(words), start + OBJECT_REACH)):
            if words[k] in CLAUSE_WORDS:
                break
            if forms[k] & lex.harmful:
                found[i] = k
                break
    return found


def _divided_reaction(words: list[str], forms: list[set[str]]) -> bool:
    """Whether the headline reports a divided reaction: "mixed", "divided" or "split" next to a
    reaction or those who react ("Critics split over new opera", "Mixed reviews for debut"), as the
    body reads it (`contrast.DIVIDED_WORDS`)."""
    return any(
        word in DIVIDED_WORDS and any(forms[k] & REACTION_NOUNS for k in (i - 1, i + 1) if 0 <= k < len(words))
        for i, word in enumerate(words)
    )


def _feared(words: list[str], forms: list[set[str]], i: int) -> bool:
    """Whether the word is what a fear noun fears ("Library no longer at risk of closure", "Threat of
    strike lifted"), or the kind of fear right before it ("Strike threat lifted", "Flood danger over"):
    the fear carries the tone once, as in the body (`backdrop.FEAR_NOUNS`)."""
    if i + 1 < len(words) and forms[i + 1] & FEAR_NOUNS:
        return True
    for j in range(i - 1, max(0, i - OBJECT_REACH) - 1, -1):
        if words[j] in CLAUSE_WORDS:
            return False
        if words[j] == "of":
            return j > 0 and bool(forms[j - 1] & FEAR_NOUNS)
    return False


def _planned_backing(words: list[str], i: int, lex: NewsLexicon) -> bool:
    """Whether the word is a coming act of backing ("Foundation to support archive project", "Agency
    to help map coast"): "support" or "help" after "to" or "will", with no rated word after it in
    its clause. Its tone is what is backed, as in the body (`rating.BACKING_VERBS`)."""
    if i == 0 or words[i] not in BACKING_VERBS | CATENATIVE_VERBS or words[i - 1] not in PLANNED_MARKS:
        return False
    clause = itertools.takewhile(lambda w: w not in CLAUSE_WORDS, words[i + 1 :])
    return not any(lex.valence.get(w) for w in clause)


def _side(unscaled: dict[int, float], spent: set[int], contrast: int, sign: int) -> float:
    """The summed valence of the words before (sign -1) or after (sign +1) the headline's "but"."""
    return sum(v for k, v in unscaled.items() if (k - contrast) * sign > 0 and k not in spent)


def _elided(words: list[str], contrast: int) -> bool:
    """Whether the side after "but" is "not" and a short phrase that ends the headline or its clause;
    not "not without" or "not before", which grant the first side rather than deny it."""
    rest = words[contrast + 1 :]
    if len(rest) < 2 or rest[0] != "not" or rest[1] in NEGATORS or rest[1] in CLAUSE_WORDS:
        return False
    phrase = next((rest[1:k] for k, w in enumerate(rest) if w in CLAUSE_MARKS), rest[1:])
    return 0 < len(phrase) <= ELLIPSIS_REACH


def _moves(words: list[str], forms: list[set[str]], lex: NewsLexicon) -> tuple[dict[int, float], set[int]]:
    """The headline's direction phrases: the move's valence by its index, and the words whose own
    rating it replaces (the quantity, the destination "to lowest level")."""
    moves: dict[int, float] = {}
    silenced: set[int] = set()
    for i in range(len(words)):
        strength = next((lex.directions[f] for f in sorted(forms[i]) if f in lex.directions), None)
        if strength is None or i in silenced:
            continue
        found = _moved_quantity(words, forms, i, lex)
        if found is None or _removed_bad_kind(words, forms, i, found[0], lex):
            continue
        k, sign = found
        moves[i] = strength * sign
        silenced.add(k)
        if _bad_kind(words, k, lex):  # "[illegal dumping] falls": both words are the quantity
            silenced.add(k - 1)
        if i + 1 < len(words) and words[i + 1] == "to":
            silenced.update(range(i + 2, min(len(words), i + 2 + DESTINATION_REACH)))
    return moves, silenced


def _removed_bad_kind(words: list[str], forms: list[set[str]], i: int, k: int, lex: NewsLexicon) -> bool:
    """Whether a shifter's passive participle after an unlisted bad kind removes it rather than
    moves it ("Strike threat lifted" lifts the threat away; "Output lifted" raises a quantity)."""
    listed = any(f in lex.quantities for f in forms[k])
    return k < i and not listed and _participle(words[i]) and bool(forms[i] & lex.shifters)


def _level_subject(words: list[str], forms: list[set[str]], i: int, lex: NewsLexicon) -> tuple[int, float] | None:
    """The quantity a level at word i is said of: the nearest listed quantity before it in its clause,
    a few words back ("Share price hits record high", "Crime at lowest level", "Unemployment reaches
    new low"), as the body reads the subject of the clause whose object is the level."""
    for k in range(i - 1, max(-1, i - 2 - OBJECT_REACH), -1):
        if words[k] in CLAUSE_WORDS:
            return None
        sign = next((lex.quantities[f] for f in sorted(forms[k]) if f in lex.quantities), None)
        if sign:
            return k, sign
    return None


def _moved_quantity(words: list[str], forms: list[set[str]], i: int, lex: NewsLexicon) -> tuple[int, float] | None:
    """The quantity a move at word i moves and its sign: the word before it (skipping a measure noun,
    "unemployment rate falls"), or one of the next few words ("cut 1,200 jobs", "rise in crime")."""
    if words[i] in LEVELS:  # "Share price hits record high": the level is where the subject stands
        return _level_subject(words, forms, i, lex)
    before = i - 1
    if before > 0 and forms[before] & MEASURE_NOUNS:
        before -= 1
    candidates = [before] if before >= 0 else []
    for k in range(i + 1, min(len(words), i + 1 + OBJECT_REACH)):
        if words[k] in CLAUSE_WORDS or words[k] in ("to", "against"):  # "lose captain [to injury]": a cause, or
            break  # a destination; "dropped [against] protest leader": whom it concerns
        candidates.append(k)
    for k in candidates:
        sign = next((lex.quantities[f] for f in sorted(forms[k]) if f in lex.quantities), None)
        if sign:
            return k, sign
        if _bad_kind(words, k, lex) and k - 1 != i:
            return k, -1.0  # a bad kind of something, as in the body ("bad loans shrink")
    return None


def _bad_kind(words: list[str], k: int, lex: NewsLexicon) -> bool:
    """Whether word k is a noun that the bad-news word right before it qualifies ("bad loans",
    "illegal dumping"): neither is a clause word, and the noun is no short function word."""
    return (
        k >= 1
        and len(words[k]) > 3
        and words[k] not in CLAUSE_WORDS
        and words[k - 1] not in CLAUSE_WORDS
        and lex.valence.get(words[k - 1], 0.0) < 0
    )


def _shifter_starts(
    words: list[str], forms: list[set[str]], lex: NewsLexicon, moves: dict[int, float]
) -> dict[int, int]:
    """Where a shifter starts and how many words it has ("lifts", "calls off"); a move is no shifter
    ("cuts" in "Firm cuts jobs"), nor the subject of a headline's "X to ..." (ENDING_NOUNS)."""
    found: dict[int, int] = {}
    for i in range(len(words)):
        if i in moves or (i == 0 and words[1:2] == ["to"] and not forms[0] & ENDING_NOUNS):
            continue
        if i + 1 < len(words) and any(f"{f} {words[i + 1]}" in lex.shifters for f in forms[i]):
            found[i] = 2
        elif forms[i] & lex.shifters:
            found[i] = 1
    return found


def _reversing(
    words: list[str],
    forms: list[set[str]],
    lex: NewsLexicon,
    start: int,
    end: int,
    shifters: dict[int, int],
    passive: bool,
) -> list[int]:
    """The negators and shifters that reverse the word(s) start..end-1: the nearest one in the
    negation window before them (not across a clause word), with those it is chained to, and the
    word that ends them right after them (`_ender_after`: "Strike called off", "Ban lifted").

    Reversals compose only along a chain, as shifters do in the body: a negator right before a
    shifter ("not end") or a shifter taking another through "to" ("fail to end"), so "Talks fail
    to end war" keeps the war bad news; a shifter of another clause word does not add its own
    ("Summit ends without agreement": the summit's end is not the agreement's).
    """
    found: list[int] = []
    for k in range(start - 1, max(-1, start - 1 - NEGATION_WINDOW), -1):
        if words[k] in CLAUSE_WORDS:
            break
        if _reverses(words, k, start, shifters):
            found.append(k)
            found.extend(_chained(words, k, shifters))
            break
    ender = _ender_after(words, forms, lex, start, end, shifters) if passive else None
    if ender is not None:
        found.append(ender)
    return found


def _ender_after(
    words: list[str], forms: list[set[str]], lex: NewsLexicon, start: int, end: int, shifters: dict[int, int]
) -> int | None:
    """Where the word stands that ends the rated word(s) start..end-1 from right after them: a
    shifter's passive participle ("Ban lifted"), a verb of fading ("Hopes fade", "Recession risk
    recedes") or "gone" or a closing "over" ("Flood danger over"), as the body reads the subject of
    a fading verb. A fear noun's "of" complement may stand between ("Threat of strike lifted",
    "Danger of flooding passes"): what is feared goes with the fear (`_feared`); so may whom a
    charge or a case is against ("Charges against nurse dropped", "Case against brothers dropped")."""
    fear = bool(forms[start] & FEAR_NOUNS)
    k = end
    if k < len(words) and (words[k] == "against" or (words[k] == "of" and fear)):
        reach = range(k + 1, min(len(words), k + 1 + OBJECT_REACH))
        stops = (j for j in reach if words[j] in CLAUSE_WORDS or _ends(words, forms, lex, j, shifters, fear))
        k = next(stops, len(words))
    return k if k < len(words) and _ends(words, forms, lex, k, shifters, fear) else None


def _ends(
    words: list[str], forms: list[set[str]], lex: NewsLexicon, k: int, shifters: dict[int, int], fear: bool
) -> bool:
    """Whether word k ends what stands before it: a shifter's passive participle, a verb of fading,
    "gone", or "over" closing its clause (not "Row over pay"); for a fear, a verb of passing too
    ("Danger of flooding passes"; "Budget passes" is a vote, `shifters.PASSING_VERBS`)."""
    if (k in shifters and _participle(words[k])) or forms[k] & lex.fading or words[k] == "gone":
        return True
    if fear and forms[k] & PASSING_VERBS:
        return True
    return words[k] == "over" and (k + 1 == len(words) or words[k + 1] in CLAUSE_MARKS)


def _relieved(words: list[str], forms: list[set[str]], start: int) -> bool:
    """Whether a verb of relief before the word ends it ("Mayor cleared of misconduct", "Crew rescued
    from sinking ship"), or its passive participle after the one it ends describes ("Trapped miners
    rescued", "Wrongly convicted man freed"): the predicament is no news of its own, as in the body."""
    for k in range(start - 1, max(-1, start - 1 - NEGATION_WINDOW), -1):
        if words[k] in CLAUSE_WORDS:
            return False
        if forms[k] & RELIEF_VERBS:
            return True
    for k in range(start + 1, min(len(words), start + 1 + NEGATION_WINDOW)):
        if words[k] in CLAUSE_WORDS:
            return False
        if forms[k] & RELIEF_VERBS and _participle(words[k]):
            return True
    return False


def _denied_setting(words: list[str], start: int, denied: list[int]) -> bool:
    """Whether the word names where a harm denied before it would have happened ("fire" in "No one
    hurt in warehouse fire", "derails" in "Nobody injured as tram derails"): the news is the relief,
    as in the body (`backdrop.denied_setting`). Only after a word that opens a setting, and not
    across a clause mark: "No one hurt; depot lost in blaze" keeps the loss."""
    for harm in denied:
        between = words[harm + 1 : start]
        if any(w in SETTING_WORDS for w in between) and not any(w in CLAUSE_MARKS for w in between):
            return True
    return False


def _road_to_success(
    words: list[str], forms: list[set[str]], start: int, before: list[tuple[int, str, float]]
) -> bool:
    """Whether a noun of struggle a few words after "after" follows good news ("Title won after a long
    fight", "Pay deal agreed after bitter dispute"): the struggle was the road to it, as in the body;
    so is the word right before the noun that says what the struggle was like ("bitter")."""
    k = _struggle_after(words, forms, start)
    return k is not None and any(v > 0 for j, _, v in before if j < k)


def _settled(words: list[str], forms: list[set[str]], start: int) -> bool:
    """Whether a noun of struggle follows a settlement through "after" ("Pay deal signed after bitter
    dispute", "Talks resume after stalemate"): the settlement ends it, as in the body."""
    k = _struggle_after(words, forms, start)
    return k is not None and any(forms[j] & SETTLEMENT_VERBS for j in range(k))


def _struggle_after(words: list[str], forms: list[set[str]], start: int) -> int | None:
    """Where the "after" stands that a noun of struggle at word `start` (or the word right before
    one) is a few words past, within the headline's clause."""
    if not forms[start] & STRUGGLE_NOUNS and not (start + 1 < len(forms) and forms[start + 1] & STRUGGLE_NOUNS):
        return None
    for k in range(start - 1, max(-1, start - 1 - NEGATION_WINDOW), -1):
        if words[k] in STRUGGLE_PREPS:
            return k
        if words[k] in CLAUSE_WORDS:
            return None
    return None


def _reverses(words: list[str], k: int, before: int, shifters: dict[int, int]) -> bool:
    """Whether word k is a negator, or a shifter that ends before word `before`."""
    return words[k] in NEGATORS or words[k].endswith("n't") or (k in shifters and k + shifters[k] <= before)


def _chained(words: list[str], k: int, shifters: dict[int, int]) -> list[int]:
    """The reverser that governs the one at k: a negator right before it, or a shifter two words
    before it through "to"."""
    if k >= 1 and (words[k - 1] in NEGATORS or words[k - 1].endswith("n't")):
        return [k - 1]
    if k >= 2 and words[k - 1] == "to" and _reverses(words, k - 2, k, shifters):
        return [k - 2]
    return []


# Nouns of an encounter: a rated word right before one is what the encounter is about.
_ENCOUNTER_HEADS = frozenset({"talks", "meeting", "meetings", "summit", "session", "sessions", "conference"})


def _topic_of_encounter(words: list[str], end: int) -> bool:
    """ "Scraps emergency board meeting", "calls off crisis talks": what a shifter cancels is the
    encounter, not the emergency or the crisis it was about, which goes on."""
    return any(w in _ENCOUNTER_HEADS for w in words[end : end + 2])


def _kind_of_service(words: list[str], forms: list[set[str]], i: int) -> bool:
    """Whether word i names what the service or procedure after it works on ("cancer unit")."""
    return i + 1 < len(words) and bool(forms[i + 1] & SERVICE_HEADS) and not _adjective_like(words[i])


def _adjective_like(word: str) -> bool:
    """Whether the word looks like an adjective or a participle rather than a noun."""
    return word in PLAIN_ADJECTIVES or word.startswith("un") or word.endswith(ADJECTIVE_ENDINGS)


def _participle(word: str) -> bool:
    """Whether the word may be a passive participle: regular "-ed", an irregular past, or "cut",
    whose participle is its base."""
    return word.endswith("ed") or word in IRREGULAR or word == "cut"


def _rated_here(words: list[str], i: int, lex: NewsLexicon) -> bool:
    """Whether the word's rating applies: always, unless it depends on a part of speech, when only a
    verb sense after "to" can be told without tags."""
    if bases(words[i]) & SUCCESSION_VERBS:  # "Deputy to succeed chair": an appointment, unless "in"
        return i + 1 < len(words) and words[i + 1] == "in"
    tags = lex.pos_only.get(words[i])
    return tags is None or ("VERB" in tags and _after_verb_mark(words, i))


def _after_verb_mark(words: list[str], i: int) -> bool:
    """Whether the word stands where only a verb can: after "to" or a modal ("Plant to close", "Mine
    could close"), or after one negated ("Factory will not close", "Library won't close")."""
    before = words[i - 1] if i > 0 else ""
    if before in ("not", "never") and i > 1:
        before = words[i - 2]
    return before in VERB_MARKS or before.endswith("n't")


def bases(word: str) -> set[str]:
    """The word and the base forms its ending may stand for (some are not words; they match nothing)."""
    found = {word, IRREGULAR.get(word, word)}
    for ending, replacement in ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2:
            found.add(stem + replacement)
            if ending in ("ed", "ing") and stem[-1] == stem[-2]:
                found.add(stem[:-1])
    return found


def _phrase_at(forms: list[set[str]], i: int, lex: NewsLexicon) -> tuple[int, float]:
    """The longest phrase starting at word i (its size in words, its valence), or (0, 0.0)."""
    best = (0, 0.0)
    opened = [entry for start in forms[i] & lex.phrase_starts for entry in lex.phrases_by_start[start]]
    for phrase, value in opened:
        lemmas = [w for w in phrase if w != "-"]  # the headline's words drop hyphens
        if len(lemmas) > max(1, best[0]) and i + len(lemmas) <= len(forms) and all(
            lemma in found for lemma, found in zip(lemmas, forms[i:], strict=False)
        ):
            best = (len(lemmas), value)
    return best
