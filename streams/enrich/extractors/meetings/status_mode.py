"""Whether an encounter happened, is planned or was called off, and whether it was face to face.

Status cues are read only on the path from the trigger up to the verb that governs its
occurrence: "were expected to focus on" speaks about the agenda, not about whether the
talks take place, while "is expected to meet" and "could take place" do.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from streams.enrich.extractors.meetings.body_told import told_a_body
from streams.enrich.extractors.meetings.calling_on import called_on
from streams.enrich.extractors.meetings.clause import own_clause
from streams.enrich.extractors.meetings.detect import plays_host
from streams.enrich.extractors.meetings.frame import encounter_frame, looks_ahead
from streams.enrich.extractors.meetings.governing import is_setting
from streams.enrich.extractors.meetings.last_met import last_met_day
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.postponing import cancels
from streams.enrich.extractors.meetings.slips import stranded_relatives
from streams.enrich.extractors.meetings.turned_down import declined_invitation
from streams.enrich.extractors.meetings.verb_sides import apart_from_its_verb, encounters_apart
from streams.enrich.model import MeetingMode, MeetingStatus

_MAX_CLIMB = 3
_VERB_CLIMB = ("xcomp", "pcomp", "prep", "acl", "advcl", "conj", "dobj", "pobj", "attr", "ccomp")
_NOUN_CLIMB = ("dobj", "pobj", "prep", "xcomp", "pcomp", "attr", "compound", "conj", "appos", "acl")
_MODE_WINDOW = 4
_CHANNEL_PREPS = ("via", "by", "over", "on", "in")
_COUNTERPART_CHANNEL_PREPS = ("via", "by", "over")
_PLACE_LIKE_PREPS = ("on", "in")  # "on the sidelines of ...", "in the capital of ...": only the noun tells a channel
_CALLS = {"call", "calls"}
_SCENE_PREPS = ("in", "at", "during")
_BEING_THERE = frozenset({"be", "take", "sit", "stay", "remain", "appear", "show"})  # "take part in", "sit in on"
_PHONE_WORDS = {"phone", "telephone", "phoned", "telephoned", "phonecall", "phone-call", "telephonic"}
_PHRASE_WINDOW = 7
_FUTURE_DATE_WORDS = ("next", "tomorrow", "coming", "upcoming", "later this", "later in", "later today",
                      "later tonight")
_TOLD_DAY_AFTER = tuple(f"the next {part}" for part in ("day", "morning", "afternoon", "evening", "night"))
_SAME_DAY = ("today", "tonight", "now", "this morning", "this afternoon", "this evening")
_PAST_DATE_WORDS = ("last", "ago", "yesterday", "earlier", "previous", "past", "recent")
_MIDWAY = ("midway", "halfway")
_SPANS = ("minute", "hour", "day", "week", "round", "session")  # "after three hours", "after two rounds"
_PHASE_VERBS = ("continue", "keep", "resume")  # "kept bargaining with": a phase of talks under way
_COUNTS = ("some", "most", "half", "all", "both", "several", "many", "each", "none")  # "scrapped most of the talks"
_LATER_THAN = ("after", "following", "since")  # "before talks with X, Y called them off" may cancel them

EXPLICIT, STRONG, WEAK, PERSONAL, PLACED = 4, 3, 2, 1, 0
# "will hold a meeting with X": a sitting the sides hold, in one room, planned as much as held (the gold of the read
# sets: 47 of 49 planned and 6 of 8 cancelled meetings and sessions face to face; the others a meeting only
# discussed as possible and rounds cancelled, neither held by a side); talks and discussions may run by any
# channel. A call or a video link told with it is read first.
_SITTINGS = frozenset({"meeting"}) | LEX.encounter_sessions
# and meals; a handshake needs both hands in one room
_STRONG_IN_PERSON = {"summit", "visit", "host", "roundtable", "receive", "sit", "tete-a-tete", "greet", "shake",
                     "dine", "show", "tour", "inspect", *LEX.trip_nouns,  # a trip takes the traveller there
                     *LEX.abroad_journey_verbs, *LEX.arrival_verbs, *LEX.departure_verbs}  # and so does a journey


@dataclass(frozen=True, slots=True)
class ModeCue:
    mode: MeetingMode
    level: int  # EXPLICIT "by phone"/"face-to-face", STRONG "summit", WEAK "met", PERSONAL "talks"


def find_status(trigger: Token, governor: Token | None, date_text: str | None) -> MeetingStatus | None:
    outer = [*occurrence_path(trigger, governor), *_course(trigger)]
    path = own_clause(trigger) or outer
    schedule = _schedule_holding(trigger)
    apart = acting_apart(trigger)
    if any(cancels(t) and not broken_off_midway(t) and not _cancels_another(t, trigger, [*outer, *path])
           for t in {*outer, *path} if t.i not in apart) or (
            _cancel_modifier(trigger)) or (
            _plan_overtaken(path if schedule is None else [*path, schedule])) or (
            _called_off_subject(trigger)) or _failed_to_happen(trigger) or any(_no_longer(t) for t in path) or (
            _did_not_happen(trigger) == "never"):
        return "cancelled"  # "called off a summit that was due to take place on Friday"
    if _perfect_infinitive(trigger):
        return "held"  # "is believed to have met X on Tuesday", "is said to have held talks"
    if _is_planned(trigger, path) or anticipating_verb(trigger) is not None or _future_date(date_text):
        return "cancelled" if _undone_by_conjunct(path) else "planned"
    if _under_way(trigger):
        return "held"
    if _present_schedule(trigger, path, date_text) or any(_yet_to(t) for t in path) or (
            _did_not_happen(trigger) == "not_yet") or _summoned_ahead(trigger, date_text):
        return "planned"
    if any(t.tag_ in ("VBD", "VBN") or (t.tag_ == "VBZ" and t.i == trigger.i) for t in path if t.pos_ in (
            "VERB", "AUX")):
        return "held"
    return "planned" if _framed_ahead(trigger, date_text) else None


def _framed_ahead(trigger: Token, date_text: str | None) -> bool:
    """No verb near the encounter tells its status, so the word that frames it further up does: a modal
    ("holders are to be invited to vote at the adjourned meeting", "can settle the claim at a meeting") or a
    present tense with a day still to come ("is unlikely to move rates at its session on Friday"), as
    `_present_schedule` reads a nearer one. Anything else stays untold."""
    frame = encounter_frame(trigger)
    if frame is None:
        return False
    if looks_ahead(frame):
        return True
    lower = (date_text or "").lower()
    return _tense(frame) == "present" and bool(lower) and not any(
        w in lower for w in (*_SAME_DAY, *_PAST_DATE_WORDS))


def _cancels_another(verb: Token, trigger: Token, path: list[Token]) -> bool:
    """"At a meeting with X on Tuesday, Y cancelled the strike", "at past sessions the panel has dropped two
    members": a cancelling verb with an object of its own that the encounter is not (nor leads up to, as "a
    trip ... for talks" does) calls off that thing; the encounter only sets the scene."""
    if any(t.dep_ == "prep" and t.lower_ == "for" and t.head.i == verb.i for t in path):
        return False  # "cancelled a trip to X for talks with Y": the talks are what the trip was for
    return any(c.dep_ == "dobj" and c.pos_ not in ("PRON", "NUM") and c.lower_ not in _COUNTS
               and not c.left_edge.i <= trigger.i <= c.right_edge.i
               for c in verb.children)  # "scrapped three (out) of the scheduled rounds": the object counts them


def _under_way(trigger: Token) -> bool:
    """"X continues to negotiate with Y", "is continuing to talk to Y", "kept talking to Y": a verb of phase
    tells an encounter already going on (held); with a modal ("will continue to talk") it is a plan, read
    before this."""
    verb = trigger.head
    return trigger.dep_ == "xcomp" and verb.lemma_.lower() in _PHASE_VERBS and _tense(verb) is not None


def _future_date(date_text: str | None) -> bool:
    """"next week", "tomorrow": a day still to come from the story's day. "the next day", "the next morning"
    count on from a day the story already told (one to come is "tomorrow"), so the verb's tense says whether
    it has come."""
    lower = (date_text or "").lower()
    return any(w in lower for w in _FUTURE_DATE_WORDS) and not lower.startswith(_TOLD_DAY_AFTER)


def acting_apart(trigger: Token) -> set[int]:
    """"Days after her talks with X, Y cancelled the tour", "Following talks with X, Y scrapped the plan": the
    words above a phrase that puts the encounter before them act once it is over, so what they call off or put
    off is something else (their tense still tells that the encounter happened)."""
    noun = measure_of(trigger) or trigger
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _LATER_THAN:
        return set()
    return {t.i for t in prep.ancestors}


def _course(trigger: Token) -> list[Token]:
    """"talks will continue on Friday", "the talks collapsed", "talks are expected to continue next week": the
    verb that tells the encounter's course, and the plan it is the complement of, give its tense."""
    if trigger.dep_ not in ("nsubj", "nsubjpass"):
        return []
    head = trigger.head
    if head.lemma_.lower() in LEX.outcome_verbs:
        return [head]
    course = [c for c in head.children if c.dep_ == "xcomp" and c.lemma_.lower() in LEX.outcome_verbs]
    return [head, *course] if course and head.lemma_.lower() in LEX.planned_governors else []


def _yet_to(token: Token) -> bool:
    """"Talks are yet to begin", "the summit has yet to take place": still to come."""
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children) and any(
        c.dep_ == "xcomp" for c in token.children)


def anticipating_verb(trigger: Token) -> Token | None:
    """"X arrived in Lisbon ahead of talks with Y": the talks are still to come when the story is told; the
    verb done ahead of them is returned, as its subject is a side."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in LEX.anticipation_words:
        return None
    verb = prep.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _plan_overtaken(path: list[Token]) -> bool:
    """A plan that did not happen: told in the past perfect ("had been due to meet on Monday"), "supposed" or
    "meant" in the past ("were supposed to meet"), or with the encounter as a perfect infinitive ("were to have
    met", "was due to have held talks"; "is believed to have met" reports one that did)."""
    for token in path:
        lemma = token.lemma_.lower()
        planned = lemma in LEX.schedule_words or lemma in LEX.unrealised_plan_words
        if planned and not _plans_another_thing(token, path):
            copula = token.head if token.dep_ == "acomp" else token
            if any(c.dep_ == "aux" and c.lower_ == "had" for c in copula.children) or (
                    lemma in LEX.unrealised_plan_words and _tense(copula) == "past"):
                return True
        if token.dep_ == "xcomp" and _perfect_infinitive(token) and token.head.lemma_.lower() in LEX.binding_plan_words:
            return True
    return False


def _plans_another_thing(verb: Token, path: list[Token]) -> bool:
    """"had set targets during talks", "had expected gains at the meeting": the plan word's own object is what
    was set or expected, and the encounter is only where that happened, so it tells nothing of the encounter's
    fate ("had scheduled talks for Friday" plans the encounter itself)."""
    return any(c.dep_ == "dobj" and c not in path for c in verb.children)


def _perfect_infinitive(verb: Token) -> bool:
    """"to have met": the encounter told as past from the frame's point of view."""
    return verb.tag_ == "VBN" and {"to", "have"} <= {c.lower_ for c in verb.children if c.dep_ == "aux"}


def _failed_to_happen(trigger: Token) -> bool:
    """"the meeting failed to take place", "talks failed to materialise": the encounter was expected and did not
    come ("the talks failed" tells how held talks went)."""
    return trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() == "fail" and any(
        c.dep_ == "xcomp" and _comes_about(c) for c in trigger.head.children)


def _no_longer(verb: Token) -> bool:
    """"the summit will no longer go ahead", "talks are no longer taking place": a plan withdrawn."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ == "longer" and any(
        n.lower_ == "no" for n in c.children) for c in verb.children)


def _did_not_happen(trigger: Token) -> str | None:
    """"The meeting did not take place", "the talks never went ahead": an encounter told as the subject of a
    negated happening was expected, so it was called off ("never"); "has not yet taken place" is still to come
    ("not_yet"). "No meeting took place" says there was none to expect and stays negated."""
    verb = trigger.head
    if trigger.dep_ not in ("nsubj", "nsubjpass") or not _comes_about(verb) or any(
            c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        return None
    negations = [c for c in verb.children if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")]
    if not negations:
        return None
    return "not_yet" if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children) else "never"


def _comes_about(verb: Token) -> bool:
    """"take place", "go ahead", "happen", "materialise": not "take hold" or "go well"."""
    lemma = verb.lemma_.lower()
    needed = {"take": "place", "go": "ahead"}.get(lemma)
    return lemma in LEX.happening_verbs and (needed is None or any(c.lower_ == needed for c in verb.children))


def _present_schedule(trigger: Token, path: list[Token], date_text: str | None) -> bool:
    """The tense of the clause that tells the encounter decides, as readers read it. A present tense tells
    a schedule, not a report, when it is dated ("X meets Y on Friday", "X is meeting Y on Friday", "the
    meeting is on Friday") or when the encounter is its purpose ("X is in Lisbon to meet Y", "X travels
    to Lisbon for talks with Y"); undated, it is a headline's present ("X meets Y") and says held."""
    finite = next((t for t in path if _tense(t) is not None), None)
    if finite is None or _tense(finite) != "present":
        return False
    if _purpose(trigger, finite):
        return True
    return bool(date_text) and not any(w in date_text.lower() for w in _SAME_DAY)


def _summoned_ahead(trigger: Token, date_text: str | None) -> bool:
    """"X has summoned Y to a meeting on Friday", "Y has been summoned to talks on Monday": a summons told as
    news (a present perfect, which takes no past date) dates the encounter it calls to, still to come. "Y was
    summoned to a meeting on Tuesday" may tell one since held."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("to", "for") or not date_text:
        return False
    verb = prep.head
    return verb.lemma_.lower() in LEX.summoning_verbs and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in verb.children) and not any(
        w in date_text.lower() for w in _SAME_DAY)


def _tense(verb: Token) -> str | None:
    """"past" or "present" for a finite verb or verb group; None for anything else (nouns, infinitives,
    participles without an auxiliary). A present perfect ("has met", and "has been meeting X this week" with
    its progressive) reports the past."""
    if verb.pos_ not in ("VERB", "AUX"):
        return "present" if _misread_verb(verb) else None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP")]
    tags = [verb.tag_] if verb.tag_ in ("VBD", "VBZ", "VBP") else [a.tag_ for a in auxes]
    if not tags:
        return "present" if _misread_verb(verb) else None
    if "VBD" in tags or (verb.tag_ in ("VBN", "VBG") and any(a.lemma_ == "have" for a in auxes)):
        return "past"
    return "present"


def _misread_verb(word: Token) -> bool:
    """"Talks between A and B resume on Monday": the small model may tag a main clause's present verb as a
    noun, or as a bare infinitive with no auxiliary, the talks its subject; it still tells a present (a
    schedule, once dated)."""
    return word.dep_ == "ROOT" and word.tag_ in ("NN", "NNS", "VB") and (
        word.lemma_.lower() in LEX.happening_verbs) and any(c.dep_ == "nsubj" for c in word.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in word.children) and not word.lower_.endswith("ed")


def _purpose(trigger: Token, finite: Token) -> bool:
    """"(is in X) to meet Y", "(travels to X) for talks with Y": the encounter is what the clause is for."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.i == finite.i:
        return True
    return not _under_way(trigger) and trigger.i != finite.i and trigger.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)


def is_negated(trigger: Token, governor: Token | None) -> bool:
    """"have not held talks", "did not meet", "no meeting took place", "no plans for talks", "refused to meet":
    nothing happened to report. "are not
    likely to meet": the negation sits on the copula of the predicate the encounter complements."""
    path = occurrence_path(trigger, governor)
    if any(c.dep_ == "det" and c.lower_ == "no" for t in path if t.pos_ in ("NOUN", "PROPN") for c in t.children):
        return True  # "no talks", "there are no plans for talks with X"
    if _did_not_happen(trigger) is not None:
        return False  # "the meeting did not take place": called off or still to come, not denied
    if any(t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "without" for t in (trigger, governor) if t is not None):
        return True  # "left Lisbon without meeting X", "ended the visit without talks with X"
    if any(t.i != trigger.i and t.lemma_.lower() in LEX.refusal_verbs for t in path) and not (
            declined_invitation(trigger)):
        return True  # "refused to meet", "declined to meet": a meeting turned down is none
    if any(_unrealised(t) or (t.dep_ in ("ccomp", "xcomp") and t.head.lemma_.lower() in LEX.denial_verbs)
           for t in path):
        return True  # "denied that she had met X", "denies meeting X": the article reports a denial
    if _called_for_and_denied(trigger):
        return True
    copulas = [t.head for t in path if t.dep_ == "acomp"]
    if trigger.pos_ == "VERB" and trigger.dep_ == "xcomp" and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in trigger.head.children):
        return True  # "has yet to meet X", "is yet to speak to X": they have not (talks "yet to begin" are planned)
    if last_met_day(path) is not None:
        return False  # "have not met since May 13": the meeting of that day was held
    scene = _scene_of(trigger)
    return any(c.dep_ == "neg" for t in [*path, *copulas] if t.i != scene for c in t.children)


def _scene_of(trigger: Token) -> int | None:
    """"in meetings with X she never once asked for cuts", "during the visit, members did not raise the levy": the
    verb an encounter is the scene of ("in", "at", "during") denies what was done there, not the encounter; its
    index, or None. Being at it, taking part or joining in are the encounter's own occurrence ("was not at the
    meeting", "did not take part in the talks") and keep their negation."""
    noun = measure_of(trigger) or trigger
    prep = noun.head
    if trigger.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or prep.lower_ not in _SCENE_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or lower_lemma(verb) in LEX.attend_verbs or lower_lemma(verb) in _BEING_THERE:
        return None
    return verb.i


def _called_for_and_denied(trigger: Token) -> bool:
    """"A meeting with X was not needed", "talks are not likely", "no meeting is planned": an encounter whose
    need or plan is denied was never arranged; "the meeting did not last long" (an occurrence) is left alone."""
    if trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = trigger.head
    predicate = next((c for c in head.children if c.dep_ == "acomp"), head) if head.lemma_ == "be" else head
    if predicate.lemma_.lower() not in LEX.call_for_predicates and predicate.lower_ not in LEX.call_for_predicates:
        return False
    return any(c.dep_ == "neg" for t in (head, predicate) for c in t.children)


def _unrealised(verb: Token) -> bool:
    """"would have met X had the flight not been late", "might have spoken to X": a perfect under a modal is an
    encounter that did not happen, or one only guessed at; "will have met" is a plan and stays one."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes) and any(
        a.lower_ in LEX.unrealised_modals for a in auxes)


def occurrence_path(trigger: Token, governor: Token | None) -> list[Token]:
    """Trigger plus the chain of heads that govern whether it takes place."""
    path = [trigger]
    climb = _NOUN_CLIMB if trigger.pos_ in ("NOUN", "PROPN") else _VERB_CLIMB
    node = trigger
    if (measure := measure_of(trigger)) is not None:
        node = measure  # "a fresh round of talks", "two days of talks": the measure stands where the talks would
        path.extend([trigger.head, measure])
    for _ in range(_MAX_CLIMB):
        if node.dep_ not in climb or node.head.i == node.i or any(c.dep_ == "mark" for c in node.children):
            break  # a "since they met" clause does not share its main clause's tense
        node = node.head
        path.append(node)
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in LEX.occurrence_verbs:
        path.append(trigger.head)
    path.extend(scheduled_occurrence(trigger))
    if governor is not None and governor not in path:
        path.append(governor)
    return path


def measure_of(trigger: Token) -> Token | None:
    """The measure noun an encounter is counted in ("a round of talks", "three days of talks"), or None."""
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in LEX.measure_nouns:
        return prep.head
    return None


def scheduled_occurrence(trigger: Token) -> list[Token]:
    """"The talks are set to take place in X on Friday", "are due to resume": the plan and the occurrence it plans,
    where the place and date hang; "a meeting is expected later this month": the plan alone. "were expected to
    focus on trade" plans an agenda, not the talks, and "a meeting was set up" arranges one."""
    if trigger.dep_ not in ("nsubj", "nsubjpass"):
        return []
    plan = trigger.head
    if plan.lemma_ == "be":  # "talks are due to resume on Friday": the plan is the copula's complement
        plan = next((c for c in plan.children if c.dep_ == "acomp"), plan)
    if plan.lemma_.lower() not in LEX.planned_governors:
        return []
    happening = next((c for c in plan.children if c.dep_ == "xcomp" and c.lemma_.lower() in LEX.happening_verbs), None)
    if happening is not None:
        return [plan, happening]
    if plan.lemma_.lower() in LEX.schedule_words and not any(
            c.dep_ == "xcomp" or (c.dep_ == "prt" and c.lower_ == "up") for c in plan.children):
        return [plan]  # "a meeting is expected later this month", "talks are scheduled for Friday"
    return []


def _in_negotiation(trigger: Token) -> bool:
    """"has been in talks with X since March", "entered (into) talks with X": a negotiation, by
    whatever channel."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in ("in", "into"):
        head = head.head
    elif trigger.dep_ != "dobj":
        return False
    return head.lemma_.lower() in LEX.ongoing_verbs


def _channel_words(trigger: Token) -> set[str]:
    """"met X via video link", "spoke with X over the phone", "on the phone", "in a video conference", "met X
    virtually": the channel phrase or adverb on the trigger, however far the named counterpart pushes it.
    After "on" and "in" only the noun and its own modifiers: "on the sidelines of an online forum" is a
    place, not a channel."""
    manner = {c.lower_ for c in trigger.children if c.dep_ == "advmod"} | {
        c.lower_ for prep in trigger.children if prep.dep_ == "prep"
        for c in prep.children if c.dep_ == "advmod" and c.i == prep.i - 1}  # "virtually [on Tuesday]": misattached
    return manner | {t.lower_ for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ in _CHANNEL_PREPS
                     for obj in prep.children if obj.dep_ == "pobj"
                     for t in (obj.subtree if prep.lower_ not in _PLACE_LIKE_PREPS else (obj, *obj.children))}


def _counterpart_channel(trigger: Token) -> set[str]:
    """"met X, the chair of Y, over Zoom", "spoke to X via video link": the small model hangs the channel on the
    counterpart named before it. Only "via", "by" and "over" tell a channel there; "X in Lisbon" is X's own."""
    sides = [c for c in trigger.children if c.dep_ == "dobj"] + [
        o for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
        for o in p.children if o.dep_ == "pobj"]
    sides += [a for side in sides for a in side.children if a.dep_ == "appos"]
    return {t.lower_ for side in sides for prep in side.children
            if prep.dep_ == "prep" and prep.lower_ in _COUNTERPART_CHANNEL_PREPS
            for obj in prep.children if obj.dep_ == "pobj" for t in obj.subtree}


def _undone_by_conjunct(path: list[Token]) -> bool:
    """"was due to meet X on Friday but pulled out", "had planned talks but cancelled them": a plan undone by
    a verb joined to it with "but"."""
    heads = {t.i: t for node in path for t in (node, node.head)}
    return any(c.dep_ == "conj" and _undoes(c) and any(b.dep_ == "cc" and b.lower_ == "but" for b in t.children)
               for t in heads.values() for c in t.children)


def _undoes(verb: Token) -> bool:
    """"pulled out", "withdrew", "cancelled it": a withdrawal or cancellation with no other thing undone
    ("pulled out of the deal", "cancelled the contract" undo something else)."""
    if any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ in ("of", "from") for t in (verb, *verb.children) for c in t.children):
        return False
    lemma = verb.lemma_.lower()
    return cancels(verb) or lemma == "withdraw" or (lemma in LEX.withdrawal_verbs and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in verb.children))


def _called_off_subject(trigger: Token) -> bool:
    """"the summit was shelved", "the meeting was scrubbed", "talks were suspended": the encounter is what was
    called off, as when the verb is active ("X suspended talks with Y")."""
    head = trigger.head
    return trigger.dep_ in ("nsubj", "nsubjpass") and cancels(head) and not broken_off_midway(head)


def broken_off_midway(verb: Token) -> bool:
    """"talks were suspended after three hours", "abandoned the talks midway": broken off once under way, so
    held, and a day on the verb is the talks' own. Without such a span, a suspension leaves nothing on the
    calendar, as "put on hold" does."""
    if verb.lemma_.lower() not in LEX.break_off_verbs:
        return False
    return any(c.lower_ in _MIDWAY for c in verb.children) or any(
        p.dep_ == "prep" and p.lower_ == "after" and any(o.dep_ == "pobj" and o.lemma_.lower() in _SPANS
                                                        for o in p.children) for p in verb.children)


def _cancel_modifier(trigger: Token) -> bool:
    if trigger.dep_ == "compound" and cancels(trigger.head):
        return True
    return any(c.dep_ in ("amod", "compound") and cancels(c) for c in trigger.children)


def _is_planned(trigger: Token, path: list[Token]) -> bool:
    if any(c.dep_ in ("amod", "compound") and c.lower_ in LEX.planned_adjectives for c in trigger.children):
        return True
    if _on_the_schedule(trigger):
        return True
    if trigger.pos_ in ("NOUN", "PROPN") and (any(_expected(c) for c in trigger.subtree if c.dep_ == "acl") or any(
            c.lemma_.lower() in LEX.planned_governors for c in stranded_relatives(trigger))):
        return True  # "a summit ..., expected later this year", "talks with X scheduled for Friday"
    if trigger.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("acl", "relcl") and lower_lemma(c) in LEX.holding_verbs and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in trigger.children):
        return True  # "at an ORVEX sitting to be convened in May": one yet to sit
    setting = is_setting(trigger) or _follows_it(trigger)
    for below, token in zip([None, *path], path, strict=False):
        if below is not None and _governs_as_plan(token, below, setting):
            return True
        if any(c.dep_ == "aux" and c.lower_ in LEX.planned_modals for c in token.children) or _due_there(token):
            return True
        if token.dep_ == "attr" or token.dep_ == "nsubj":  # "it would be the first talks"
            copula = token.head  # as subject, of any verb: "the session will weigh X" is yet to sit
            if (copula.lemma_ == "be" or (token.i == trigger.i == path[-1].i and token.dep_ == "nsubj")) and any(
                    c.dep_ == "aux" and c.lower_ in LEX.planned_modals for c in copula.children):
                return True
    return False


def _due_there(verb: Token) -> bool:
    """"should be in X on a visit", "should arrive in Y on Monday": "should" with a verb of being or arriving
    somewhere tells where someone is expected, a plan; with other verbs ("should meet X") it may be advice."""
    return lower_lemma(verb) in LEX.stay_verbs and any(c.dep_ == "aux" and c.lower_ == "should"
                                                        for c in verb.children)


def _on_the_schedule(trigger: Token) -> bool:
    """"talks are set for Friday", "a meeting has been pencilled in for May", "the summit is slated for June":
    the encounter is what the schedule holds. Told in the past ("was scheduled for Monday") it may since have
    happened, and "had been due" is a plan overtaken, so only a verb group with no past form counts."""
    verb = _schedule_holding(trigger)
    return verb is not None and verb.tag_ != "VBD" and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _schedule_holding(trigger: Token) -> Token | None:
    """The schedule verb the encounter is the passive subject of ("talks are set for", "was pencilled in")."""
    verb = trigger.head
    return verb if trigger.dep_ == "nsubjpass" and verb.lemma_.lower() in LEX.schedule_words else None


def _expected(clause: Token) -> bool:
    """A participle clause of plan or expectation on the meeting noun or its last complement. The small model
    may tag the participle as a past tense ("talks with X scheduled for Friday"); with no subject of its own it
    is a participle all the same."""
    return (clause.tag_ == "VBN" or (clause.tag_ == "VBD" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))) and clause.lemma_.lower() in LEX.planned_governors


def _follows_it(trigger: Token) -> bool:
    """"agreed to share data after a video call", "agreed on prices after two days of talks": the plan is what
    came of the call, not the call; a measure the talks are counted in stands where they would."""
    node = measure_of(trigger) or trigger
    return node.dep_ == "pobj" and node.head.lower_ in ("after", "following")


def _governs_as_plan(token: Token, below: Token, setting: bool) -> bool:
    """"agreed to meet", "is to meet": the encounter is the complement of a plan. A participle clause
    ("Meeting in X, they agreed ...") only sets the scene, and "during a meeting" is no plan either."""
    if setting or below.dep_ == "advcl":
        return False
    if token.lemma_.lower() in LEX.planned_governors:
        return True
    return token.lemma_ == "be" and below.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in below.children)


def _side_channel(trigger: Token) -> int:
    """How strongly a remote channel tells the encounter's mode. "X joined the session by video link from Y",
    "while Z joined by phone": the channel on one side's joining is that side's; the others may sit in one
    room, so a face-to-face "met" of the same encounter outweighs it (alone, it still tells the mode)."""
    return WEAK if trigger.pos_ == "VERB" and trigger.lemma_.lower() in LEX.attend_verbs else EXPLICIT


def _own_stretch(trigger: Token, sent: Span) -> tuple[int, int]:
    """The stretch of the sentence whose channel words are the trigger's. "A met B by video link after their
    meeting with C", "A met B after their phone call with C": each of the two encounters keeps its own channel,
    so the sequenced one reads from its preposition on and the verb stops short of it."""
    start, end = sent.start, sent.end
    if apart_from_its_verb(trigger):
        return (trigger.head.i, end) if trigger.head.i > trigger.head.head.i else (start, trigger.head.head.i)
    for prep in encounters_apart(trigger):
        if prep.i > trigger.i:
            end = min(end, prep.i)
        else:
            start = max(start, prep.right_edge.i + 1)
    return start, end


def told_as_a_course(trigger: Token) -> bool:
    """"X has held talks with Y", "have had talks with", "have been holding talks": the present perfect of
    holding talks sums up dealings up to now, which may have run by letter, phone or meeting; one sitting is
    told in the past ("held talks on Monday") or with a place."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in ("hold", "have"):
        return False
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _held_by_a_side(noun: Token) -> bool:
    """"will hold a meeting with X", "will hold three days of meetings with X": the sitting is the object of a verb
    of holding; "discussed a possible meeting", "cancelled two sessions" tell no one holding it."""
    held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "three days of meetings"
    return held.dep_ == "dobj" and held.head.lemma_.lower() in LEX.holding_verbs


def find_mode(trigger: Token, sent: Span) -> ModeCue | None:
    doc = trigger.doc
    start, end = _own_stretch(trigger, sent)
    window = doc[max(start, trigger.i - _MODE_WINDOW): min(end, trigger.i + _MODE_WINDOW + 1)]
    channel = _channel_words(trigger) | (_channel_words(trigger.head) if trigger.dep_ == "dobj" else set()) | (
        _counterpart_channel(trigger))
    words = {t.lower_ for t in window} | channel
    remote = _side_channel(trigger)
    if words & LEX.video_words or channel & LEX.video_platforms or (
            "satellite" in channel and not channel & _PHONE_WORDS):
        return ModeCue("video", remote)  # "by satellite link" (a satellite phone is a phone)
    if "courtesy" in words or called_on(trigger) is not None:
        return ModeCue("in_person", STRONG)  # a courtesy call is a visit, and so is a call paid on someone at a venue
    if words & _PHONE_WORDS or channel & _CALLS or (  # "joined X on a (conference) call": the channel is a call
            trigger.lemma_.lower() in ("phone", "telephone", "call", "ring")):
        return ModeCue("phone", remote)
    wide = doc[max(start, trigger.i - _PHRASE_WINDOW): min(end, trigger.i + _PHRASE_WINDOW + 1)]
    text = wide.text.lower()  # "face-to-face" is five tokens
    if "face-to-face" in text or "in-person" in text or "in person" in text or "face to face" in text:
        return ModeCue("in_person", EXPLICIT)
    lemma = trigger.lemma_.lower()
    if _in_negotiation(trigger):
        return None
    if lemma in _STRONG_IN_PERSON or trigger.lower_ in _STRONG_IN_PERSON or lemma in LEX.encounter_meals or (
            plays_host(trigger)):
        return ModeCue("in_person", STRONG)
    if lemma == "meet" and trigger.pos_ == "VERB":
        return ModeCue("in_person", STRONG)  # the verb brings the sides together; the noun is any session
    if told_a_body(trigger):
        return ModeCue("in_person", STRONG)  # a hearing or a briefing of a sitting body is held in its room
    talks = trigger.pos_ != "VERB" and trigger.lower_ == "talks"
    if trigger.lower_ in LEX.channel_free_nouns or (trigger.pos_ == "VERB" and (
            lemma in LEX.channel_free_verbs or lemma in LEX.talk_verbs)) or (talks and told_as_a_course(trigger)):
        # "reopened discussions", "talked with X", "has held talks with X" (dealings over a span): any channel,
        # unless placed
        return ModeCue("in_person", PLACED)
    if talks:
        return ModeCue("in_person", PERSONAL)  # a named person's talks are a meeting; two bodies' may be by any channel
    if trigger.pos_ != "VERB" and lemma in _SITTINGS and _held_by_a_side(trigger):
        return ModeCue("in_person", STRONG)  # "will hold a meeting with X", "held three days of meetings": one room
    if lemma in LEX.meet_verbs | LEX.attend_verbs | {"take"} or (
            trigger.pos_ != "VERB" and lemma in LEX.meeting_nouns):  # "they talked": any channel
        return ModeCue("in_person", WEAK)
    return None
