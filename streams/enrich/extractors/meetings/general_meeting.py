"""A firm's own general meeting told by what is done at it or to it: "a chairman will be elected at the
firm's yearly holders' meeting", "a new rulebook was adopted at its general meeting", "Dessel Corp postponed its
extraordinary meeting".

The open sets' gold keeps such a sitting as a session of the firm (set AD's reader names the firm, set AE's
"<firm> shareholders"), but a general meeting named only in passing (the date of a mailing, a past dispute, a
vote a firm merely "seeks") is an open question (eval/README.md), and a wide reading of those mentions added
false hits on unseen sets. So only two tight shapes are read here, each with the firm named by the words:

- a vote taken at the meeting, told in the passive with no body doing it ("a chairman will be elected
  at", "was adopted at"): the holders' sitting itself; a body acting at its sitting ("its holders
  approved at") is `body_session._acting_at`'s;
- the firm holding, adjourning or putting off its own general meeting ("Dessel Corp postponed its
  extraordinary meeting"), the firm the one subject of the verb.

Neither reads "will seek approval at a special meeting", "proxies mailed for the annual meeting" or "told
reporters during the annual meeting": no vote told as taken there, no sitting held by the firm.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.wording import has_party_prep
from streams.enrich.model import Participant

# the words that make "meeting" a members' general meeting of the firm, not any meeting the firm has
_GENERAL = frozenset({"annual", "special", "general", "extraordinary", "membership"})
_HOLDERS = frozenset({"shareholder", "stockholder"})
# what members do at a general meeting, told as done (passive, "voting ... conducted"): not "seek approval"
_VOTING_VERBS = frozenset({"elect", "reelect", "re-elect", "vote", "approve", "ratify", "adopt", "conduct", "take"})
_VOTE_NOUNS = frozenset({"vote", "voting", "ballot", "poll"})
# what a firm does with its own sitting: holds it, adjourns it, puts it off (not "set", "seek", "attend")
_RUNNING_VERBS = frozenset({"hold", "adjourn", "convene", "reconvene", "postpone", "cancel"})
_REPORTING = frozenset({"say", "announce", "report", "disclose"})


def firm_general_meeting(noun: Token, names: NameIndex) -> Participant | None:
    """The firm whose own general meeting `noun` is, told by a vote taken at it or by the firm running it."""
    if lower_lemma(noun) != "meeting" or not _general(noun) or has_party_prep(noun):
        return None
    if any(p.dep_ == "prep" and p.lower_ == "of" for p in noun.children):
        return None  # "the yearly meeting of the Varn Growers Guild": another body's, read elsewhere
    if noun.dep_ == "pobj" and noun.head.lower_ == "at":
        firm = _voted_at(noun.head.head, noun, names)
    elif noun.dep_ in ("dobj", "nsubjpass"):
        firm = _run_by_firm(noun.head, names)
    else:
        return None
    if firm is None:
        return None
    holders = any(lower_lemma(c) in _HOLDERS for c in noun.children if c.dep_ in ("compound", "poss", "amod"))
    return Participant(name=f"{firm.name} shareholders" if holders else firm.name, kind="organization")


def _general(noun: Token) -> bool:
    """"its annual meeting", "a special shareholders' meeting", "the annual membership meeting"."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _GENERAL for c in noun.children)


def _voted_at(verb: Token, noun: Token, names: NameIndex) -> Participant | None:
    """"a chairman will be elected at its general meeting", "the rules were adopted at the yearly meeting": a
    vote told as taken there in the passive; the firm the meeting's owner or the firm that says so."""
    if verb.pos_ not in ("VERB", "AUX") or lower_lemma(verb) not in _VOTING_VERBS:
        return None
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if lower_lemma(verb) in ("conduct", "take") and lower_lemma(passive) not in _VOTE_NOUNS:
        return None  # "talks were conducted at": only a vote taken is the members' sitting
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return names.organisation(owner)
    return _reporting_firm(verb, names)


def _reporting_firm(verb: Token, names: NameIndex) -> Participant | None:
    """"Brenmoor Holdings said two directors were elected at the annual meeting": the firm that reports it."""
    report = verb.head if verb.dep_ == "ccomp" else None
    if report is None or lower_lemma(report) not in _REPORTING:
        return None
    teller = next((c for c in report.children if c.dep_ == "nsubj"), None)
    return names.organisation(teller) if teller is not None else None


def _run_by_firm(verb: Token, names: NameIndex) -> Participant | None:
    """"Dessel Corp postponed its extraordinary meeting", "Dessel will hold its general meeting in May": the firm
    the one subject of a verb that runs the sitting, as news of its own (not "was forced to set")."""
    if verb.pos_ != "VERB" or lower_lemma(verb) not in _RUNNING_VERBS or verb.dep_ in ("xcomp", "advcl", "pcomp"):
        return None
    sides = subjects(verb)
    if len(sides) != 1:
        return None
    firm = names.organisation(sides[0])
    return firm
