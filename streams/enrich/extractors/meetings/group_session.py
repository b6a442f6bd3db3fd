"""A session of a many-sided group as the news itself: "this week's meeting of the Group of Ten", "the meeting
of farm ministers from nine countries", "a ministerial meeting of the fisheries council". Annotators of real
news keep the group as the encounter's one side: its members meet one another, as "EU ministers met" does for a
verb (`collect._among_themselves`). A body's own annual or board sitting stays out (`own_body`), and so does a
session told only as a setting ("on the sidelines of", "ahead of": `prospects.is_backdrop`; "during").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from streams.enrich.cast.resolution.member_groups import is_member_body, only_member_body
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.of_governments import shown_of_governments
from streams.enrich.extractors.meetings.own_sessions import addressed_by_a_speaker
from streams.enrich.model import Participant

GOVERNMENT_PEOPLE = frozenset({"minister", "envoy", "ambassador"})
DELEGATES = frozenset({"delegate", "delegation"})  # a union's or a firm's congress has delegates too
_GOVERNMENTS_BODIES = frozenset({"bloc", "pact", "alliance", "cartel", "treaty"})
_MEMBER_UNITS = frozenset({"nation", "member", "country", "state"})  # "a nine-nation council", "a 12-member group"
# "the meeting OF farm ministers", "talks BY farm ministers": how each session noun names the group that sits
_SESSION_LINKS = {"meeting": "of", "talk": "by"}
_SESSION_NOUNS = frozenset({"meeting", "summit", "conference"})  # "G-9 talks" may be a process, not a sitting
_COUNTED_SHORT = re.compile(r"G-?\d+")  # "G-9", "G9": a group named by how many it holds, cut short
_TOPIC_PREPS = frozenset({"for", "on", "about"})  # "preparations for the G-9 summit": the session as a topic
# the members a body sends to its sessions, named with it by readers ("Tarvel Union farm ministers")
_MEMBER_ROLES = frozenset({"minister", "ambassador", "envoy"})
_ENVOYS = frozenset({"ambassadors", "envoys"})
# the last word of a name that says its members are many sides meeting as one, not one body's own board or
# assembly: a council, a union or an association may be a single firm's, town's or trade's own organ
_GROUP_WORDS = frozenset({"group", "bloc", "pact", "alliance", "cartel", "club", "community", "federation"})


def session_of_group(token: Token, named: list[Participant]) -> Participant | None:
    """The group whose own session `token` is ("the meeting OF a group of many members", "talks BY ministers"),
    when that group is all the side it names: the one named side, or the group as written ("big trading
    nations") when the names hold none."""
    written = group_named_before(token)
    if written is not None and (not named or named == [written]):
        return _members_written(token.head.head, written) if _of_members(token) else written
    link = _SESSION_LINKS.get(lower_lemma(token))
    if len(named) > 1 or link is None or token.pos_ != "NOUN":
        return None
    if (token.dep_ == "pobj" and token.head.lower_ == "during") or addressed_by_a_speaker(token):
        return None  # "told reporters during a meeting of X": the setting of something else; "told a meeting
        # of X" a speech
    if any(c.lower_ in LEX.own_session_modifiers for c in token.children if c.dep_ in ("amod", "compound", "nmod")):
        return None  # "the annual meeting of X": the body's own sitting
    ministerial = any(c.dep_ == "amod" and c.lower_ == "ministerial" for c in token.children)
    group = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == link for o in p.children
                  if o.dep_ == "pobj" and _many_members(o, ministerial)), None) or members_before(token)
    if group is None:
        return None
    if named:
        return _counted_in_full(group) or _members_written(group, named[0])
    if not group.is_lower:
        return None
    words = [t for t in token.doc[group.left_edge.i : group.i + 1] if t.dep_ != "det"]
    text = "".join(t.text_with_ws for t in words).strip()
    return Participant.described(text)


def members_before(token: Token) -> Token | None:
    """"farm ministers meeting here decided", "the trade ministers meeting planned for May": the small model reads
    members gathering as one noun, "ministers meeting", the members written as the meeting's compound. Only
    plural members of several sides ("ministers", "producers"), as after "a meeting of"."""
    if lower_lemma(token) != "meeting":
        return None
    return next((c for c in token.lefts if c.dep_ == "compound" and c.tag_ == "NNS" and c.lower_ in LEX.member_plurals),
                None)


def group_named_before(token: Token) -> Participant | None:
    """"last week's G-9 meeting", "the Group of Nine summit", "the Tarvel Trade Bloc meeting": a group of many
    members written just before the session noun, as its own session. Read on the words, since the small model
    often splits such a name or leaves it untagged; a name that does not say it is a group of sides ("the
    Harbour Board meeting") is left to the other readings."""
    if token.pos_ != "NOUN" or lower_lemma(token) not in _SESSION_NOUNS or token.i == 0 or _topic_of(token):
        return None
    doc = token.doc
    end = token.i
    if end >= 4 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
        end -= 3  # "the Group of Nine (G-9) meeting": the name before its short form in brackets
    last = doc[end - 1]
    if _COUNTED_SHORT.fullmatch(last.text):
        return Participant(name=last.text, kind="organization")
    if end >= 3 and last.like_num and doc[end - 2].lower_ == "of" and doc[end - 3].text == "Group":
        return Participant(name=doc[end - 3 : end].text, kind="organization")
    start = end
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if end - start >= 2 and last.lower_ in _GROUP_WORDS:
        return Participant(name=doc[start:end].text, kind="organization")
    return _body_of_governments(doc[start:end] if end - start >= 2 else doc[end - 1 : end])


def _body_of_governments(name: Span) -> Participant | None:
    """"the ORVEX meeting", "the Harn Cooperation Council summit": a body written as a name ("Council",
    "Association", ...) or an acronym, that the article shows governments belong to."""
    text = name.text
    written = is_member_body(text) if len(name) > 1 else len(text) > 1 and text.isalpha() and text.isupper()
    if not written or not shown_of_governments(name.doc.text, text):
        return None
    return Participant(name=text, kind="organization")


def _topic_of(token: Token) -> bool:
    """"preparations for the G-9 summit", "a paper on the Orsk Pact meeting": the session as the subject of
    something else, not told as held or planned."""
    head = named_head(token)
    return head.dep_ == "pobj" and head.head.lower_ in _TOPIC_PREPS and head.head.head.pos_ == "NOUN"


def named_head(token: Token) -> Token:
    """The word that stands for "the Group of Nine meeting" as a whole: the small model often hangs the session
    noun under the group's "of" and the phrase's place in the sentence ("ahead of ...", "spoke at ...") on
    "Group"; otherwise the session noun itself."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.text == "Group":
        return token.head.head
    return token


def _counted_in_full(group: Token) -> Participant | None:
    """"a session of the Group of Ten": the group named by how many it holds in full, as readers write it, where
    the names keep only its first word."""
    count = next((o for p in group.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.like_num), None) if group.text == "Group" else None
    return Participant(name=f"Group of {count.text}", kind="organization") if count is not None else None


def _of_members(token: Token) -> bool:
    """"transport ministers of the Tarvel Union meeting next week": the small model reads the members' own
    gathering as "the Tarvel Union meeting", a noun the ministers are "of"."""
    role = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return role is not None and role.tag_ == "NNS" and lower_lemma(role) in _MEMBER_ROLES


def members_meeting_day(token: Token) -> Token | None:
    """"ministers of the Tarvel Union meeting next week": the day right after a members' gathering the small model
    read as a noun, which it hangs on the sentence's verb instead ("said ... next week")."""
    if not _of_members(token) or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "B":
        return None
    return token.doc[token.i + 1]


def _members_written(group: Token, body: Participant) -> Participant:
    """"Tarvel Pact ambassadors", "transport ministers of the Tarvel Union": the members of a named body in
    session are named as readers write them, the body then the members ("Tarvel Union transport ministers"),
    a name that still holds the body's own; the body alone when the group is not its members, or when the side
    is a country (its ministers are its cabinet, and "Norland farm ministers" would read as a bare title)."""
    if body.kind != "organization" or group.tag_ != "NNS" or lower_lemma(group) not in _MEMBER_ROLES or (
            group.text in body.name.split()):
        return body  # "NATO ambassadors" the cast already names as a group
    words = [t for c in group.lefts if c.dep_ in ("compound", "amod") for t in c.subtree]
    kept = [t.text for t in words if t.text not in body.name.split() and t.pos_ != "NUM" and not t.like_num]
    return Participant(name=" ".join([body.name, *kept, group.text]), kind="organization")


def _many_members(group: Token, ministerial: bool) -> bool:
    """"ministers", "big trading nations", "the Group of Ten", "a nine-nation council": members of
    several sides; a body in a "ministerial" meeting is its member states' ministers."""
    if group.lower_ in LEX.member_plurals:
        return True
    if group.lower_ in _ENVOYS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in group.children):
        return True  # "a meeting of Tarvel Pact ambassadors": a named body's envoys in session
    if group.lower_ == "group" and any(  # "the Group of Ten": a group named by how many it holds
            o.like_num for p in group.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
        return True
    if any(c.lower_ in _MEMBER_UNITS and any(n.dep_ == "nummod" for n in c.children)
           for c in group.children if c.dep_ in ("compound", "amod")):
        return True  # "the nine-nation council"
    return ministerial and group.pos_ == "PROPN"



def talks_by_members(noun: Token, prep: Token) -> bool:
    """"talks by the bloc's farm ministers": the members who hold the talks are their side, as "a visit by X"
    names the visitor; "talks by phone" or "talks by Friday" name no members and stay a channel or a day."""
    return prep.lower_ == "by" and lower_lemma(noun) == "talk" and any(
        o.dep_ == "pobj" and o.lower_ in LEX.member_plurals for o in prep.children)


def envoys_of_a_group(subject: Token, side: Participant, names: NameIndex) -> bool:
    """"Farm ministers of a ten-nation pact met", "delegates of the trade bloc will meet": the ministers or
    envoys of a body that has governments for members meet one another, the body the one side. A single
    country's ministers meeting are its cabinet (the cast reads a country as no organisation), and leaders of a
    company or a union are its own officers, not one of these words. Delegates are sent by unions and parties to
    their own congresses as well, so they count only for a body its words show governments belong to ("the
    ten-nation bloc"); "delegates of the dockers' union met" is the union's congress, no encounter."""
    role = lower_lemma(subject)
    if subject.tag_ != "NNS" or role not in GOVERNMENT_PEOPLE | DELEGATES or side.kind != "organization":
        return False
    bodies = [o for p in subject.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for o in p.children
              if o.dep_ == "pobj"]
    if not bodies or names.group_members(subject) != [side]:
        return False
    return role in GOVERNMENT_PEOPLE or any(_of_governments(body) for body in bodies)


def _of_governments(body: Token) -> bool:
    """ "the ten-nation bloc", "a 12-member pact", "the trade alliance": a body whose own words say that states are
    its members."""
    return _many_members(body, ministerial=False) or lower_lemma(body) in _GOVERNMENTS_BODIES


# who reports a session he sits in: a member's minister, governor or delegate, or the chair; an analyst or a
# spokesman of another body only comments on it
_ATTENDING_TITLES = frozenset({"minister", "governor", "delegate", "chairman", "president", "secretary", "envoy"})
_REPORTING_VERBS = frozenset({"say", "tell"})


def named_for_description(session: Participant, names: NameIndex) -> Participant:
    """"the meeting of the oil ministers" where the article names one body of members: that body, as annotators
    give the group's name for its members' session; the description stays when no one body fits."""
    body = only_member_body(names.cast, names.doc)
    if not session.name.islower() or body is None:
        return session
    return Participant(name=body.name, kind="organization")


def reporting_attendee(token: Token, names: NameIndex) -> Participant | None:
    """"<minister> said Friday's meeting of X would ...", "<governor> spoke to the press once the session ended": the
    named member who reports the session he attends is one of its sides."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") and lower_lemma(a) in _REPORTING_VERBS),
                None)
    subject = verb and next((c for c in verb.children if c.dep_ == "nsubj"), None)
    person = subject and names.cast.named_at(subject)
    if person is None or person.kind != "person":
        return None
    if not any(w in _ATTENDING_TITLES for _, title in person.titles for w in title.lower().split()):
        return None
    return Participant(name=person.name, title=person.title, kind="person")
