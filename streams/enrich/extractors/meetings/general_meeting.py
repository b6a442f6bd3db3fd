"""A company's (or a club's, a society's) general meeting of its own members: "holders re-elected the board at
its annual meeting", "the firm halted its special meeting before the vote", "a plan put to holders at the
June 3 annual meeting", "papers sent out for the firm's May 20 annual meeting".

The gold of real wire news keeps such a session as a meeting whose one side is the firm as the article names it
(eval/README.md, "Sessions of bodies"), held, planned or cancelled from its verb. Such a meeting rarely says
whose it is on the meeting noun itself, so the firm is read, in order, from the noun's owner ("its", "the
firm's"), the owner of the holders the sentence names ("holders of X", "its shareholders"), the one subject of
the verb acting on the meeting ("X halted the special meeting") and last the organisation that reports the
sentence ("X said ..."). With none of them, or with a side the meeting is "with", nothing is read: any firm of
the article could hold it. A general meeting "of" a group ("of the Group of Ten") is left to the readings of
groups' sessions (`group_session`); "a shareholders' meeting", with the holders on the noun, to the reading of
sides, which keeps the holders as the firm's other side. A meeting that is the setting of a speech ("told the
annual meeting", "said at the annual meeting") is a speech, not a meeting, and one that is only the topic of
another noun ("the date of its annual meeting") tells no session.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.wording import has_party_prep
from streams.enrich.model import Participant

# words before a meeting noun that make it a body's general meeting of its members, not any gathering
_GENERAL = frozenset({"annual", "special", "extraordinary", "general", "membership"})
_HOLDERS = frozenset({"shareholder", "stockholder", "holder", "unitholder", "member"})
_SPEECH = frozenset({"say", "tell", "address", "speak", "announce", "report", "present"})
_REPORTING = frozenset({"say", "announce", "disclose", "report", "add", "state"})
_MEETING_NOUNS = frozenset({"meeting", "meetings"})


def general_meeting_firm(noun: Token, names: NameIndex) -> Participant | None:
    """The body whose general meeting of members `noun` is, as the cast names it, or None."""
    if not is_general_meeting(noun) or has_party_prep(noun):
        return None
    if _a_speech_setting(noun) or _topic_of_a_noun(noun) or _holders_named_on_it(noun):
        return None
    for owner in _owner_candidates(noun, names):
        firm = _organisation(owner, names)
        if firm is not None:
            return firm
    return None


def is_general_meeting(noun: Token) -> bool:
    """"annual meeting", "special meeting", "extraordinary general meeting": a body's own
    meeting of its members, which a firm's name before it ("X Corp's annual meeting") makes X's session, not
    a backdrop."""
    if noun.pos_ != "NOUN" or noun.lower_ not in _MEETING_NOUNS:
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _GENERAL for c in noun.lefts)


def _holders_named_on_it(noun: Token) -> bool:
    """"a special shareholders' meeting": the holders written on the meeting noun are read as the firm's other
    side by the general reading of sides (the gold of the open sets writes both), not as its own session."""
    return any(c.dep_ in ("compound", "poss", "nmod") and lower_lemma(c) in _HOLDERS for c in noun.lefts)


def _a_speech_setting(noun: Token) -> bool:
    """"told the annual meeting", "said at the annual meeting that ...": the meeting is where someone spoke."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return lower_lemma(verb) in _SPEECH


def _topic_of_a_noun(noun: Token) -> bool:
    """"the date of its next annual meeting", "the agenda of the special meeting": a thing about the meeting."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN"


def _owner_candidates(noun: Token, names: NameIndex) -> list[Token]:
    """The words that may tell whose meeting `noun` is, most direct first."""
    found = [c for c in noun.children if _owner_word(c)]
    sent = names.sentence(noun.i)
    for holders in (t for t in sent if lower_lemma(t) in _HOLDERS and t.pos_ == "NOUN"):
        found += [c for c in holders.children if _owner_word(c)]
        found += [o for p in holders.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
    acting_verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.pos_ in ("VERB", "AUX"):
        acting_verb = noun.head.head  # "at its general meeting, X will ask holders to ..."
    acting = subjects(acting_verb) if acting_verb is not None else []
    if len(acting) == 1:
        found.append(acting[0])
    root = sent.root
    if lower_lemma(root) in _REPORTING:
        found += [c for c in root.children if c.dep_ == "nsubj"]
    return found


def _owner_word(word: Token) -> bool:
    """"its", "the firm's", and "<X Ltd>'s", which the small model parses as a modifier with its "'s"."""
    return word.dep_ == "poss" or (word.dep_ in ("nmod", "compound") and word.pos_ == "PROPN" and any(
        c.dep_ == "case" for c in word.children))


def _organisation(token: Token, names: NameIndex) -> Participant | None:
    """The organisation `token` stands for, named with a capital (a firm the cast could not name is no side)."""
    side = names.organisation(token)
    if side is None and token.pos_ == "PROPN":
        side = names.participant(token)
    if side is None or side.kind != "organization" or not side.name[:1].isupper():
        return None
    return side
