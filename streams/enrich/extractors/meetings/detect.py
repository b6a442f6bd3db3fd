"""Finds the words that introduce an encounter, and rejects the look-alikes.

A trigger is a verb ("met with", "spoke to", "attended") or a noun ("talks", "summit",
"phone call"). Look-alikes are dropped here so that later stages only see candidates:
lectures ("gave a talk"), habits ("often speaks with"), calls for talks that nobody held
("pushing for peace talks") and summits that are only a backdrop ("on the sidelines of
the G20 summit", "the NATO summit"). Habits and tallies are `habits`' checks, talks named but not held
`prospects`', and the dependents every check reads `wording`'s; the trigger classes, contests and look-alike
verbs stay here, since they call one another ("shook hands" is no encounter in a match report, and a contest
word partnered with an encounter verb is a body met).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Literal

import numpy as np
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from streams.enrich.cast import cast_of, is_office_title
from streams.enrich.doc_cache import per_doc
from streams.enrich.extractors.meetings.bodies_consulted import consults_body
from streams.enrich.extractors.meetings.body_told import told_a_body
from streams.enrich.extractors.meetings.calling_on import called_on
from streams.enrich.extractors.meetings.deliberation import deliberates_alone
from streams.enrich.extractors.meetings.habits import is_habitual
from streams.enrich.extractors.meetings.joint_resolve import RESOLVE_VERBS, resolved_together
from streams.enrich.extractors.meetings.journeys import JOURNEY_VERBS, journey_hosts
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import is_plural_role, owned_role
from streams.enrich.extractors.meetings.own_sessions import body_holding, subject_body
from streams.enrich.extractors.meetings.prospects import (
    is_advocated,
    is_backdrop,
    is_figurative,
    is_hypothetical,
    is_ongoing_negotiation,
    is_process,
    is_stalled,
    judged_prospect,
)
from streams.enrich.extractors.meetings.roll_call import ROLL_CALL_WORDS, roll_call
from streams.enrich.extractors.meetings.sessions_attended import attended_by_a_named_person
from streams.enrich.extractors.meetings.set_business import BUSINESS_NOUNS, BUSINESS_VERBS, body_taking_up
from streams.enrich.extractors.meetings.settled_with import SETTLING_VERBS, settled_with
from streams.enrich.extractors.meetings.state_tours import toured_states
from streams.enrich.extractors.meetings.summons import is_summons
from streams.enrich.extractors.meetings.taking_part import takes_part_in_an_activity
from streams.enrich.extractors.meetings.talks_before import sideless_talks_before
from streams.enrich.extractors.meetings.telling import BODY_TELLING_VERBS
from streams.enrich.extractors.meetings.topics import topic_nouns
from streams.enrich.extractors.meetings.trips import is_trip_abroad
from streams.enrich.extractors.meetings.wording import VERB_POS, has_party_prep, is_named, is_phone_call, modifiers

TriggerKind = Literal["meet", "talk", "attend", "noun"]
_EVENT_VERBS = frozenset({"host", "visit", "welcome"})  # verbs of a staged event as such, whoever runs it

_NOUN_POS = ("NOUN", "PROPN")
_NOUN_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj")
_MODIFIER_DEPS = ("amod", "acomp", "advmod", "compound")
_SIDE_DEPS = ("nsubj", "nsubjpass", "dobj")
_BODY_KINDS = ("org", "place")
_SCORE_DIGITS = 2
_JOINED_IN = ("for", "on", "in", "at")
_HYPHENS = ("-", "–")
_MEASURES = ("PERCENT", "MONEY", "DATE", "TIME", "QUANTITY")
_NON_PERSON_AUDIENCES = {"reporters", "journalists", "press", "media", "audience", "crowd", "students",
                         "supporters", "conference", "parliament", "nation", "people", "lawmakers"}


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    kind: TriggerKind


def positions_of(doc: Doc, *hash_sets: frozenset[int]) -> list[list[int]]:
    """For each set of word hashes (see `word_hashes`), the token positions whose lemma or lower-case form is
    in it: one array pass over the article, so the expensive checks run only on sentences that could matter."""
    columns = doc.to_array([LEMMA, LOWER]).tolist()
    return [[i for i, (lemma, lower) in enumerate(columns) if lemma in hashes or lower in hashes]
            for hashes in hash_sets]


def word_hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


_ALL_WORDS = (LEX.meet_verbs | LEX.talk_verbs | LEX.attend_verbs | LEX.meeting_nouns | LEX.companion_verbs
              | LEX.word_nouns | LEX.summoning_verbs | ROLL_CALL_WORDS
              | {"take", "visit", "sit", "get", "spend", "see", "shake", "exchange", "table", "play", "ring",
                 "show", "convene"}
              | LEX.touring_verbs | LEX.trip_nouns | RESOLVE_VERBS | SETTLING_VERBS | BODY_TELLING_VERBS
              | BUSINESS_VERBS | BUSINESS_NOUNS | JOURNEY_VERBS
              | {end for w in LEX.meeting_nouns if "-" in w for end in (w.split("-")[0], w.split("-")[-1])})
# the end pieces of a hyphenated encounter noun ("a sit-down" is split): the parse hangs one of them on the sentence
TRIGGER_HASHES = word_hashes(_ALL_WORDS)


def find_triggers(sent: Span) -> list[Trigger]:
    if tells_a_contest(sent):
        return []
    found = []
    doc = sent.doc
    for i in _within(_classifiable(doc), sent):
        token = doc[i]
        kind = _classify(token)
        if kind and not is_lookalike(token, kind, sent):
            found.append(Trigger(token, kind))
    return found


# Every word `_classify` (with `_phrasal_encounter`, `plays_host` and `is_summons`) can take for a trigger, as
# its lower-case lemma or form: a word it reads must be here, or no token spelt so reaches it.
_CLASSIFIED_WORDS = (LEX.meet_verbs | LEX.companion_verbs | LEX.talk_verbs | LEX.touring_verbs | LEX.attend_verbs
                     | LEX.summoning_verbs | LEX.word_nouns | LEX.meeting_nouns | ROLL_CALL_WORDS | RESOLVE_VERBS
                     | SETTLING_VERBS | BODY_TELLING_VERBS | LEX.trip_nouns | BUSINESS_VERBS | BUSINESS_NOUNS
                     | JOURNEY_VERBS
                     | {"visit", "sit", "shake", "get", "show", "ring", "see", "spend", "play", "call", "exchange",
                        "take", "table", "convene"})
_CONTEST_CUES = LEX.contest_words | {"round"}  # the words `tells_a_contest` reads
_HYPHEN_HASHES = list(word_hashes(frozenset(_HYPHENS)))


@cache
def _hashes(words: frozenset[str]) -> list[int]:
    return list(word_hashes(words))


def _within(positions: list[int], sent: Span) -> list[int]:
    return positions[bisect_left(positions, sent.start) : bisect_left(positions, sent.end)]


def _by_word(doc: Doc, words: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
    """Whether each token's lower-case lemma or form is one of `words` or it stands next to a hyphen (a piece of a
    split word, which `hyphenated` reads whole), and whether it is a hyphen: one array pass, each distinct lemma
    lowered once."""
    columns = doc.to_array([LEMMA, LOWER, ORTH])
    strings = doc.vocab.strings
    lemmas = [h for h in set(columns[:, 0].tolist()) if strings[h].lower() in words]
    hit = np.isin(columns[:, 0], lemmas) | np.isin(columns[:, 1], _hashes(words))
    hyphens = np.isin(columns[:, 2], _HYPHEN_HASHES)
    hit[:-1] |= hyphens[1:]
    hit[1:] |= hyphens[:-1]
    return hit, hyphens


@per_doc
def _classifiable(doc: Doc) -> list[int]:
    """The tokens `_classify` may take for a trigger: a long sentence's other words are never asked."""
    return np.flatnonzero(_by_word(doc, _CLASSIFIED_WORDS)[0]).tolist()


@per_doc
def _contest_cues(doc: Doc) -> list[int]:
    """The tokens that may tell a contest: a contest word or "round", a hyphen (a scoreline's) and the pieces
    it joins."""
    hit, hyphens = _by_word(doc, _CONTEST_CUES)
    return np.flatnonzero(hit | hyphens).tolist()


def _classify(token: Token) -> TriggerKind | None:
    lemma, lower = lower_lemma(token), token.lower_
    if token.pos_ in VERB_POS and not _verb_read_as_object(token):
        if lemma in LEX.meet_verbs or lemma == "visit" or lemma in LEX.companion_verbs or _phrasal_encounter(token) or (
                plays_host(token)) or is_summons(token) or resolved_together(token) or settled_with(token) or (
                told_a_body(token)) or _body_convenes(token) or body_taking_up(token) is not None or (
                lemma in JOURNEY_VERBS and journey_hosts(token)):
            return "meet"  # "the cabinet will consider the plan on Monday": its session that day
        if lemma in LEX.talk_verbs or (lemma == "exchange" and any(
                c.dep_ == "dobj" and c.lower_ in LEX.exchanged_things for c in token.children)) or (
                lemma in LEX.touring_verbs):
            return "talk"  # "exchanged views with X", "exchanged views by phone", "toured the plant with X"
        if lemma in LEX.attend_verbs or (lemma == "take" and any(c.lower_ == "part" for c in token.children)):
            return "attend"
        return None
    if lower in BUSINESS_NOUNS and body_taking_up(token) is not None:
        return "noun"  # "a vote on the levy by the council, set for Friday": its session that day
    if is_trip_abroad(token):
        return "noun"  # "after her trip to X": an office holder's trip to a country is a visit there
    if roll_call(token) is not None:
        return "meet"  # "Also present were A and B", "Attendees included A and B": companions of the encounter told
    if lower == "table" and (modifiers(token) & LEX.table_modifiers or _back_to_the_table(token)):
        return "noun"  # "returned to the negotiating table", "came back to the table": talks resumed
    if lower in LEX.word_nouns and token.dep_ == "dobj" and lower_lemma(token.head) == "have" and has_party_prep(token):
        return "noun"  # "had a quiet word with X", "had words with X"
    if (_is_noun_like(token) and (lower in LEX.meeting_nouns or lemma in LEX.meeting_nouns)) or (
            _split_meeting_noun(token)):
        if (lemma in LEX.call_nouns or lower in LEX.call_nouns) and not (
                is_phone_call(token) or (lemma == "call" and _call_partner(token))):
            return None  # "a call for calm", "a conference in Denver"; "a video call/conference" is one
        if lemma == "session" and not (modifiers(token) & LEX.session_modifiers or has_party_prep(token) or (
                token.dep_ == "dobj" and body_holding(token))):
            return None  # a parliament's or a training session; a bargaining session, or one a body holds, is one
        if lower in LEX.partnered_nouns and not has_party_prep(token):
            return None  # a singular "talk" is a lecture, a bare "encounter" a fixture, unless one is "with" someone
        if token.dep_ == "pobj" and token.head.lower_ != "for" and token.head.head.i != token.head.i and (
                _is_attend(token.head.head)):
            return None  # "took part in the meeting" is reported by the verb; "joined X for talks" by the noun
        if token.dep_ == "dobj" and _is_attend(token.head):
            return None
        return "noun"
    return None


def _body_convenes(verb: Token) -> bool:
    """"the council convenes next week": a body that sits in sessions convening with no object is in session
    ("convened a panel" sets one up, and "X convened the talks" runs them)."""
    return lower_lemma(verb) == "convene" and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) and (
        subject_body(verb) is not None)


def _back_to_the_table(token: Token) -> bool:
    """"returned to the table", "came back to the table": the table one goes back to is the negotiating one
    ("brought ideas to the table" offers something; "sat at the table" is a seat)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "to" or not any(c.lower_ == "the" for c in token.children):
        return False
    verb = prep.head.head if prep.head.lower_ == "back" else prep.head
    return lower_lemma(verb) in LEX.table_verbs and (lower_lemma(verb) == "return" or prep.head.lower_ == "back" or any(
        c.lower_ == "back" for c in verb.children))


def hyphenated(token: Token) -> Span | None:
    """"sit-down", "one-to-one", "semi-final": the tokenizer splits a hyphenated word and the small model tags
    and hangs its pieces as it likes; the whole word around any piece is what the text says."""
    doc, start, end = token.doc, token.i, token.i
    while start >= 2 and _glued_hyphen(doc[start - 1]):
        start -= 2
    while end + 2 < len(doc) and _glued_hyphen(doc[end + 1]):
        end += 2
    return doc[start : end + 1] if start < end else None


def _glued_hyphen(token: Token) -> bool:
    """A hyphen with no space on either side, inside a word."""
    doc = token.doc
    return token.text in _HYPHENS and 0 < token.i < len(doc) - 1 and not (
        doc[token.i - 1].whitespace_ or token.whitespace_)


def _split_meeting_noun(token: Token) -> bool:
    """"had a one-to-one with X": the piece of a split encounter noun that the parse hangs on the sentence."""
    if token.dep_ not in _NOUN_ROLES:
        return False
    word = hyphenated(token)
    return word is not None and not word.start <= token.head.i < word.end and word.text.lower() in LEX.meeting_nouns


def _is_noun_like(token: Token) -> bool:
    """The small model tags "The roundtable, held at ..." as an adjective; its role says it is a noun."""
    return token.pos_ in _NOUN_POS or (token.pos_ == "ADJ" and token.dep_ in _NOUN_ROLES) or _verb_read_as_object(token)


def _verb_read_as_object(token: Token) -> bool:
    """"another round of WFA talks": the small model tags "talks" after a short name as a verb, yet a finite verb
    is never the object of a preposition; the word is the plural noun."""
    return token.tag_ == "VBZ" and token.dep_ in ("pobj", "pcomp")


def _phrasal_encounter(token: Token) -> bool:
    """"sat down with X", "A and B sat down to talk", "A and B got together", "shook hands with X", "spent an
    hour with X", "went to see X", "rang X", "showed X around": everyday verbs that tell an encounter only
    with their particle or object, with a stretch of time spent in someone's company, or after a trip. "Talks
    began. A and B sat down": the talks told alone before are what they sat down to."""
    lemma = lower_lemma(token)
    partnered = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    if lemma == "sit":  # "sat down on the bench" is a seat taken
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children) and (
            partnered or any(c.lower_ == "together" for c in token.children) or _to_talk(token) or (
                _coordinated_subject(token) and sideless_talks_before(token.sent) is not None))
    if lemma == "shake":  # a handshake before or after a match is the game's ritual
        return any(c.dep_ == "dobj" and lower_lemma(c) == "hand" for c in token.children) and not any(
            _is_contest_word(t) for t in token.sent)
    if lemma == "get":  # "got together a coalition" gathers something, not people who meet
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in token.children) and not any(
            c.dep_ == "dobj" for c in token.children)
    if lemma == "show":  # "showed X around the plant": a guided visit; "showed X the door" shows nothing round
        return any(c.dep_ == "dobj" and is_named(c, ("person", "org")) for c in token.children) and any(
            c.lower_ in ("around", "round") and c.dep_ in ("prep", "prt", "advmod") for c in token.children)
    if lemma == "call":  # "called on X at her office": a visit; "called on X to act" is an appeal
        return called_on(token) is not None
    if lemma == "ring":  # "rang X", "rang X up": a call; "rang the bell", "the phone rang" ring no one
        return any(c.dep_ == "dobj" and is_named(c, ("person", "org")) for c in token.children)
    if lemma == "see":  # "went to see X", "flew to Y to see X"; "saw prices fall" is no encounter
        return token.dep_ in ("xcomp", "advcl", "conj") and lower_lemma(token.head) in LEX.travel_verbs and any(
            c.dep_ == "dobj" for c in token.children)
    return lemma == "spend" and partnered and any(  # "spent a day with X as an intern" is time worked there
        c.dep_ == "dobj" and (lower_lemma(c) in LEX.time_spans or c.lower_ in LEX.time_spans)
        for c in token.children) and not any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)


def _to_talk(verb: Token) -> bool:
    """"sat down to discuss the budget", "... to negotiate": an infinitive of talking tells why they sat down."""
    return any(c.dep_ in ("advcl", "xcomp") and (
        lower_lemma(c) in LEX.talk_verbs or lower_lemma(c) in LEX.encounter_talks
        or lower_lemma(c) in LEX.encounter_negotiations) and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in verb.children)


def plays_host(token: Token) -> bool:
    """"played host to X": the idiom for hosting X."""
    return lower_lemma(token) == "play" and any(c.dep_ == "dobj" and c.lower_ == "host" for c in token.children)


def _call_partner(token: Token) -> bool:
    """"his first call with X", "a call to the President", "received a call from X": a call with someone on
    the other end is a phone call even unqualified; "a call for calm", "a call to action" or "a call from
    the opposition for reform" names nobody on the line."""
    appeal = any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "between", "to", "from") or (
                prep.lower_ == "from" and appeal):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (is_named(obj) or (
                    is_office_title(obj.lower_) or is_office_title(obj.lemma_))):
                return True
    return False


def _is_attend(token: Token) -> bool:
    return _classify(token) == "attend"


def is_lookalike(token: Token, kind: TriggerKind, sent: Span) -> bool:
    """Lectures, habits, wished-for or hypothetical encounters, stalled or ongoing negotiations, backdrops,
    talking to no one: the checks every trigger passes, whichever detector found it (with `tells_a_contest`,
    read once per sentence)."""
    return (
        _is_lecture(token, kind)
        or _is_appointment(token, kind)
        or _hosts_a_contest(token, kind)
        or _meets_a_standard(token, kind)
        or _joins_a_body(token, kind)
        or _attends_a_bodys_gathering(token, kind)
        or (kind == "attend" and takes_part_in_an_activity(token))
        or (kind == "noun" and _attended_by_an_audience(token))
        or _tells_acquaintance(token, kind)
        or is_habitual(token, sent)
        or deliberates_alone(token, kind)
        or is_advocated(token)
        or is_hypothetical(token)
        or (kind == "noun" and (is_backdrop(token) or is_ongoing_negotiation(token) or is_stalled(token)
                                or is_process(token) or is_figurative(token) or judged_prospect(token)))
        or (kind == "talk" and not (_talks_with_someone(token) or toured_states(token) is not None))
        or (kind == "talk" and (_frames_a_statement(token) or _addresses_a_body(token)))
    )


def tells_a_contest(sent: Span) -> bool:
    """"The two clubs met in the final", "X hosted Y in the cup", "drew 1-1": a sports fixture, not an encounter. The
    small model tags "the final" an adjective; as a modifier ("the final round of talks", "league officials")
    it is none."""
    doc = sent.doc
    cues = [doc[i] for i in _within(_contest_cues(doc), sent)]
    return bool(cues) and (_has_scoreline(sent) or any(
        (_is_contest_word(t) and t.dep_ not in _MODIFIER_DEPS and not _owns_people(t) and not _in_purpose_clause(t)
         and not _times(t))
        or (t.dep_ in _MODIFIER_DEPS and _is_hyphenated_contest(t)) or _is_contest_round(t) for t in cues))


def _owns_people(token: Token) -> bool:
    """"the league's officials", "the cup's organisers", "the league's commissioner": a contest word owning
    people or a post is the body behind the contest, whose people are met ("the final's second half" owns no
    one)."""
    head = token.head
    return token.dep_ == "poss" and ((head.tag_ == "NNS" and is_plural_role(head)) or (
        head.tag_ == "NN" and (is_office_title(head.lower_) or owned_role(head))))


def _is_contest_round(token: Token) -> bool:
    """"will meet in the second round", "face each other in the opening round": a numbered round of a
    tournament or a run-off, where sides meet as rivals; a round "of talks" or "a fresh round" is talks."""
    return token.lower_ == "round" and token.dep_ == "pobj" and token.head.lower_ == "in" and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children) and bool(
        modifiers(token) & LEX.contest_round_modifiers)


def _times(token: Token) -> bool:
    """"met X after the defeat", "ahead of the final", "before Sunday's derby": a contest that dates the
    encounter is when it happened, not what happened."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ in LEX.timing_preps or (
        prep.lower_ in ("of", "to") and prep.head.lower_ in LEX.timing_preps)  # "ahead of", "prior to"


def _is_contest_word(token: Token) -> bool:
    return (token.lower_ in LEX.contest_words or lower_lemma(token) in LEX.contest_words) and not (
        _names_a_side(token)) and not _worked_out(token)


def _worked_out(verb: Token) -> bool:
    """"thrashed out a deal", "hammered out the terms": a verb of beating with the particle "out" tells terms
    worked out at the table, not a rival beaten."""
    return verb.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _is_hyphenated_contest(token: Token) -> bool:
    """"meet in the semi-final": the small model may tag the split word's last piece a complement; the whole
    word is a contest whatever its tag."""
    word = hyphenated(token)
    return word is not None and word.text.lower() in LEX.contest_words and not _in_purpose_clause(token) and (
        not _times(token))


def _names_a_side(token: Token) -> bool:
    """"The Farmers League met the minister": a contest word ending a name the cast reads as an organisation
    that is itself a side (subject, object, partner) names a body, not a fixture ("met in the League Cup")."""
    if _partner_of_an_encounter(token) or _faces_people(token):
        return True
    span = cast_of(token.doc).name_span(token.i)
    if span is None or span[2] != "org" or token.i != span[1] - 1:
        return False
    side = token
    while side.dep_ == "conj":
        side = side.head
    return side.dep_ in _SIDE_DEPS or (side.dep_ == "pobj" and side.head.lower_ in ("with", "between"))


def _faces_people(token: Token) -> bool:
    """"The league met players' representatives", "club officials met the federation": a contest word whose
    counterpart across a meeting verb is people acting for someone is the body that runs the contest; rivals in
    a fixture are teams, not officials."""
    verb = token.head
    if token.dep_ not in _SIDE_DEPS or lower_lemma(verb) not in LEX.meet_verbs:
        return False
    return any(c.dep_ in _SIDE_DEPS and c.i != token.i and is_plural_role(c) for c in verb.children)


def _partner_of_an_encounter(token: Token) -> bool:
    """"before their talks with the league", "a meeting with the league", "sat down with the league": the
    counterpart of an encounter noun or verb is a body met, not a fixture ("met in the league" is one)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("with", "between"):
        return False
    host = prep.head
    return host.lower_ in LEX.meeting_nouns or lower_lemma(host) in LEX.meeting_nouns or (
        host.pos_ in VERB_POS and (lower_lemma(host) in LEX.meet_verbs or lower_lemma(host) in LEX.talk_verbs
                                    or _phrasal_encounter(host)))


def _in_purpose_clause(token: Token) -> bool:
    """"met the club owners to discuss the league", "sat down with the sponsor to plan the tournament": a
    contest named inside an infinitive is what the encounter is about, not what happened."""
    return any(a.dep_ in ("advcl", "acl") and a.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in a.children) for a in token.ancestors)


def _has_scoreline(sent: Span) -> bool:
    """"drew 1-1", "won 3-0": two small numbers joined by a dash, not a range of percentages, money or dates."""
    doc = sent.doc
    for t in sent:
        if t.text in ("-", "–") and sent.start < t.i < sent.end - 1:
            left, right = doc[t.i - 1], doc[t.i + 1]
            if all(n.text.isdigit() and len(n.text) <= _SCORE_DIGITS and n.ent_type_ not in _MEASURES
                   for n in (left, right)):
                return True
    return False


def _is_appointment(token: Token, kind: TriggerKind) -> bool:
    """"welcomed X as its new chief executive", "received Y as the club's new coach", "joined X as chief
    executive": a role given to someone, not an encounter with them."""
    if kind not in ("meet", "attend"):
        return False
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]  # "joined X as chief executive": hung on X
    roles = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
             if o.dep_ == "pobj"]
    return any(is_office_title(role.lower_) or is_office_title(role.lemma_.lower()) or any(
        c.dep_ == "poss" or c.lower_ in LEX.appointment_modifiers for c in role.children) for role in roles)


def _hosts_a_contest(token: Token, kind: TriggerKind) -> bool:
    """"bid to host the cup", "will host the final", "hosted the awards ceremony, with X among the winners": a
    fixture, a tournament or a show hosted, no one met. "met the Pirate Party", "phoned the X Arts Festival": a
    body named after a staged event's word is met or phoned, not staged."""
    return kind == "meet" and any(c.dep_ == "dobj" and (_is_contest_word(c) or (
        lower_lemma(c) in LEX.staged_events and not _met_a_named_body(token, c))) for c in token.children)


def _met_a_named_body(verb: Token, obj: Token) -> bool:
    """A name the cast reads as an organisation is the body, met, phoned or rung as any body is; one hosts,
    visits or welcomes the event it stages ("hosted the X Arts Festival")."""
    return lower_lemma(verb) not in _EVENT_VERBS and is_named(obj, ("org",))


def _joins_a_body(token: Token, kind: TriggerKind) -> bool:
    """"joined the Union of Y in 2019", "before joining X", "joined the board of X": who joins a named
    organisation or a body becomes a member; "joined X on stage", "on the ticket", "on the podium" shares a
    performance or a campaign; "joined X for talks" meets its people."""
    if kind != "attend" or lower_lemma(token) != "join":
        return False
    if any(p.dep_ == "prep" and p.lower_ == "on" and any(o.dep_ == "pobj" and lower_lemma(o) in LEX.stage_nouns
                                                         for o in p.children) for p in token.children):
        return True  # "joined X on stage at the conference": a performance, wherever it is
    return not joined_for_encounter(token) and any(
        c.dep_ == "dobj" and (is_named(c, ("org",)) or lower_lemma(c) in LEX.org_heads) for c in token.children)


def _attends_a_bodys_gathering(token: Token, kind: TriggerKind) -> bool:
    """"A and B (both) attended the G7 summit", "took part in the Coastal States Forum", "attended the festival":
    a gathering named after a body or a group, a body itself, a staged event or an open conference has an
    audience, not sides. Those
    who attend it were there, not with each other; "attended talks with X", "the meeting between X and Y" name
    their sides, "the X-Y summit" its pair, and "the Geneva talks" are talks."""
    if kind != "attend" or lower_lemma(token) == "join":
        return False
    attended = [c for c in token.children if c.dep_ == "dobj"] + [
        o for p in token.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    return any(not has_party_prep(o) and not attended_by_a_named_person(token, o) and (
        is_named(o, ("org",)) or lower_lemma(o) in LEX.org_heads or lower_lemma(o) in LEX.staged_events
        or _named_after_a_body(o) or _open_gathering(o)) for o in attended)


def _open_gathering(noun: Token) -> bool:
    """"a conference on climate", "a symposium about genetics": a conference told as one of many or by its
    topic is held for an audience; "the peace conference" may be the sides' own talks."""
    return lower_lemma(noun) in LEX.open_gatherings and any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "prep" and c.lower_ in ("on", "about"))
        for c in noun.children)


def _attended_by_an_audience(noun: Token) -> bool:
    """The gathering word itself ("summit" in "A and B attended the G7 summit"), read by the backstop: the
    verb that attends it decides."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun.head
    return noun.dep_ in ("dobj", "pobj") and _is_attend(verb) and _attends_a_bodys_gathering(verb, "attend")


def _named_after_a_body(noun: Token) -> bool:
    """"the G7 summit", "the Arctic Council meeting": a gathering whose name is a body's, not a pair's."""
    if lower_lemma(noun) in LEX.encounter_talks or lower_lemma(noun) in LEX.encounter_negotiations:
        return False
    names = [c for c in noun.children if c.dep_ == "compound" and (c.pos_ == "PROPN" or is_named(c, ("org",)))]
    return bool(names) and not any(t.text in _HYPHENS for c in names for t in c.subtree)


def joined_for_encounter(verb: Token) -> bool:
    """"joined X for talks / for dinner", "joined X on a video call", "joined X at a meeting": what is joined
    is a person or body, met in the encounter. "joined X by video link (for talks)": a channel to someone named
    is a call, and the purpose may hang on the channel ("joined the seminar by phone" attends it)."""
    channels = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("by", "via", "over") for o in p.children
                if o.dep_ == "pobj" and any(w.lower_ in LEX.phone_words or w.lower_ in LEX.video_words
                                            for w in (o, *(c for c in o.children if c.dep_ == "compound")))]
    joined_someone = any(c.dep_ == "dobj" and is_named(c, ("person", "org")) for c in verb.children)
    return (bool(channels) and joined_someone) or any(p.dep_ == "prep" and p.lower_ in _JOINED_IN and any(
        o.dep_ == "pobj" and (o.lower_ in LEX.meeting_nouns or o.lower_ in LEX.encounter_meals) for o in p.children)
        for p in verb.children)


def _meets_a_standard(token: Token, kind: TriggerKind) -> bool:
    """"A and B met the deadline", "met expectations", "the plan met with criticism", "met X halfway", "A and B
    met the media": what is met is a standard reached, a reception given, a compromise or the press (a press
    conference, not an encounter of the people who give it), not someone encountered."""
    if kind != "meet" or lower_lemma(token) != "meet":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in LEX.compromise_adverbs for c in token.children):
        return True  # "would meet X halfway": a compromise offered
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                if o.dep_ == "pobj"]
    return any(lower_lemma(o) in LEX.met_objects or o.lower_ in LEX.met_objects or o.lower_ in LEX.press_audiences
               for o in objects)


def _tells_acquaintance(token: Token, kind: TriggerKind) -> bool:
    """"first met X at university", "met as students", "met X while both were students", "met through mutual
    friends", "got together in 2015 and married": how two people came to know each other, a life story's
    background and not an encounter in the news ("met for the first time on Tuesday" is one)."""
    if kind != "meet":
        return False
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ == "first":
            return True
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and (
                (child.lower_ == "as" and lower_lemma(o) in LEX.acquaintance_roles)
                or (child.lower_ == "through" and (lower_lemma(o) in LEX.introducers or any(
                    m.lower_ == "mutual" for m in o.children)))) for o in child.children):
            return True
        if child.dep_ == "advcl" and any(a.dep_ == "attr" and lower_lemma(a) in LEX.acquaintance_roles
                                         for a in child.children):
            return True
        if child.dep_ == "conj" and lower_lemma(child) in LEX.courtship_verbs:
            return True
    return False


def _is_lecture(token: Token, kind: TriggerKind) -> bool:
    if kind != "noun":
        return False
    mods = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    return bool(mods & LEX.lecture_cues) or (token.dep_ == "dobj" and lower_lemma(token.head) in LEX.lecture_cues)


def _talks_with_someone(token: Token) -> bool:
    """"spoke with the President" is a conversation; "spoke to reporters" or "spoke of growth" is not.
    "discussed the crisis by phone": the channel may hang on the object."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    addressed = False
    for child in [*token.children, *(g for o in objects for n in topic_nouns(o) for g in n.children)]:
        if child.dep_ == "prep" and child.lower_ in ("with", "to", "between", "among"):
            addressed = True
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lower_ not in _NON_PERSON_AUDIENCES:
                    return is_named(obj) or obj.pos_ == "PROPN" or (
                        is_office_title(obj.lower_) or is_office_title(obj.lemma_.lower()) or _named_group(obj)
                        or owned_role(obj) or consults_body(token, child, obj))  # "with the newspaper's editor"
        if child.dep_ in ("prep", "agent") and child.lower_ in ("on", "by", "over", "via") and any(
                w.lower_ in LEX.phone_words or w.lower_ in LEX.video_words
                for g in child.children for w in (g, *g.children)):
            return True  # "A and B spoke by phone", "by video link": the partner is the coordinated subject
    return not (addressed or objects) and _coordinated_subject(token)  # "the company and the union negotiated"


def _addresses_a_body(token: Token) -> bool:
    """"was in X to speak to the Y Council", "talked to the Z Chamber of Commerce": speaking *to* (or before) a
    body of members as a whole is an address to its gathering, a speech; the open sets' gold keeps none. Speaking
    to a person, a firm or a government, or "with" a body, stays a conversation with them."""
    if lower_lemma(token) not in ("speak", "talk"):
        return False
    addressees = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("to", "before")
                  for o in p.children if o.dep_ == "pobj"]
    return bool(addressees) and all(lower_lemma(o) in LEX.addressed_bodies for o in addressees)


def _frames_a_statement(token: Token) -> bool:
    """"Speaking to the chamber of commerce, X said ...": the participle sets the scene of the statement, an
    address or an interview to a body or an outlet, not a conversation with it; "Speaking with President Y by
    phone, X said" names a person and stays one."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or lower_lemma(token.head) not in LEX.speech_verbs:
        return False
    addressees = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("to", "with", "before")
                  for o in p.children if o.dep_ == "pobj"]
    return bool(addressees) and not any(is_named(o, ("person",)) for o in addressees)


def _named_group(noun: Token) -> bool:
    """"executives of X", "officials from X": people of a named organisation or country; "experts" alone
    are nobody in particular."""
    return lower_lemma(noun) in LEX.group_nouns and any(
        p.dep_ == "prep" and p.lower_ in ("of", "from", "at") and any(
            o.dep_ == "pobj" and is_named(o, _BODY_KINDS) for o in p.children)
        for p in noun.children)


def _coordinated_subject(verb: Token) -> bool:
    """"A and B bargained", "the two sides negotiated": each side talks with the other. With an object ("A
    and B discussed trade") the parse would read the topic as a side, so that case is left to the channel
    or noun it names; a bare "they talked" may be anyone talking about anything, and "A and B spoke" is as
    often two speeches ("spoke at a rally") as one conversation."""
    if lower_lemma(verb) in LEX.oratory_verbs:
        return False
    return any(c.dep_ == "nsubj" and (any(g.dep_ == "conj" for g in c.children) or (
        c.lower_ in LEX.plural_anaphors and c.lower_ not in ("they", "them"))) for c in verb.children)
