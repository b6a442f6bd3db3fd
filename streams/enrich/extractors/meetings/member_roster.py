"""A bloc's session with its members named: "ministers of the five-nation council ended talks ... the ministers
from A, B, C and D did not back ...", "the bloc groups A, B, C and D". Annotators of real news list the member
countries the article names beside the bloc as the session's sides, so the roster joins every session of the
body of members that has no country side yet. A roster is a list of three or more countries that
hangs from the members' people ("ministers from", "delegates of") or from the body's own verb of make-up
("groups", "comprises"); countries named in any other way (exports from, floods in) are no roster.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from streams.enrich.cast.resolution.member_groups import is_member_body
from streams.enrich.extractors.meetings.attending_members import attending_countries
from streams.enrich.extractors.meetings.gazetteer import country_code
from streams.enrich.model import Meeting, Participant

_MIN_MEMBERS = 3  # two countries are a pair's talks, not a roster
_MEMBERS_PEOPLE = frozenset({"ministers", "delegates", "delegations", "envoys", "representatives", "leaders"})
_MAKE_UP_WORDS = frozenset({"groups", "grouping", "comprises", "comprising"})
_MADE_OF = frozenset({"up", "consisting"})  # "made up of", "consisting of"
_LIST_MARKS = frozenset({"-", "--", "\u2013", "\u2014", ":"})  # "its partners - A, B, C -", "the six nations: A, B"
_MEMBER_WORDS = frozenset({"partners", "members", "nations", "countries", "states"})


def with_named_members(meetings: list[Meeting], doc: Doc) -> list[Meeting]:
    """Adds the roster's countries and the members said to attend to each session whose one organisation is
    the article's body of members and that names no country; both are read only when some such session exists."""
    if not any(_bloc_only(m) for m in meetings):
        return meetings
    roster = _roster(doc)
    named = [*roster, *(name for name in attending_countries(doc) if name not in roster)]
    if not named:
        return meetings
    members = tuple(Participant(name=name, kind="country") for name in named)
    return [replace(m, participants=(*m.participants, *members)) if _bloc_only(m) else m for m in meetings]


def _bloc_only(meeting: Meeting) -> bool:
    """One body of members, first, no other organisation and no country: a bloc's own session, not its talks
    with a government or a firm's meeting."""
    sides = meeting.participants
    kinds = [p.kind for p in sides]
    return bool(sides) and is_member_body(sides[0].name) and kinds.count("organization") == 1 and (
        "country" not in kinds)


def _roster(doc: Doc) -> list[str]:
    """The first list of member countries in the article, as written, or none."""
    for token in doc[1:]:
        if _opens_roster(token.nbor(-1)):
            names = _countries(token)
            if len(names) >= _MIN_MEMBERS:
                return names
    return []


def _opens_roster(word: Token) -> bool:
    """"ministers FROM", "delegates OF", "the bloc GROUPS", "made up OF": the word a roster follows. The list
    is read on the words, since the small model may take the make-up verb for a compound of the first name."""
    if word.lower_ in _MAKE_UP_WORDS:
        return True
    if word.lower_ == "of" and word.i > 1 and word.nbor(-1).lower_ in _MADE_OF:
        return True
    if word.text in _LIST_MARKS and word.i > 1 and word.nbor(-1).lower_ in _MEMBER_WORDS:
        return _counted_or_of_body(word.nbor(-1))
    return word.lower_ in ("from", "of") and word.i > 0 and word.nbor(-1).lower_ in _MEMBERS_PEOPLE


def _counted_or_of_body(members: Token) -> bool:
    """"the six NATIONS -", "its bloc's PARTNERS:": members counted or named by their body are a roster;
    "trading partners -" or "buyers -" name market actors, not members."""
    before = members.nbor(-1)
    if before.like_num:
        return True
    body = next((e for e in members.doc.ents if e.end == members.i), None)
    return body is not None and is_member_body(body.text)


def _countries(first: Token) -> list[str]:
    """The countries of a list from its first item on ("A, B, C and the D"): the run of country names
    joined by commas and "and"; none when a name in it is no country."""
    doc = first.doc
    names: list[str] = []
    i = first.i
    while i < len(doc):
        span = next((e for e in doc.ents if e.start == i or (e.start == i + 1 and doc[i].lower_ == "the")), None)
        if span is None or country_code(span.text) is None:
            return []
        names.append(span.text.removeprefix("the "))
        i = span.end
        if i < len(doc) and doc[i].text == "(":  # "the Union of X (UX)": the short form repeats the name
            i = next((t.i + 1 for t in doc[i:] if t.text == ")"), len(doc))
        if i >= len(doc) or doc[i].lower_ not in (",", "and"):
            return names
        i += 1
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1
    return names
