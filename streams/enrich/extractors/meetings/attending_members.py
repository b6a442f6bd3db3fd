"""A member that says it will take part in its bloc's session: "the bloc's meeting, which A plans to attend".
Annotators list such a country beside the bloc as a side of the session, as they do with a roster of members
(`member_roster`); a country the relative clause says anything else of ("which A criticised") is no side.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from streams.enrich.cast.resolution.member_groups import is_member_body
from streams.enrich.extractors.meetings.gazetteer import country_code
from streams.enrich.extractors.meetings.lemma import lower_lemma

_SESSION_NOUNS = frozenset({"meeting", "session", "talk", "conference", "summit"})
_RELATIVES = frozenset({"which", "that"})
_BODY_WORDS = 4  # "the Group of Nine meeting": the longest body name read before its session noun


def attending_countries(doc: Doc) -> list[str]:
    """The countries that attend a bloc's session by a relative clause on its noun, as written."""
    names: list[str] = []
    for verb in doc:
        if lower_lemma(verb) != "attend" or verb.pos_ != "VERB":
            continue
        clause = verb if verb.dep_ == "relcl" else verb.head if verb.dep_ == "xcomp" else None
        if clause is None or clause.dep_ != "relcl" or not _bloc_session(clause):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in _RELATIVES for t in (verb, clause) for c in t.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        country = subject and next((e.text for e in doc.ents if e.start <= subject.i < e.end), None)
        if country and country_code(country) is not None and country not in names:
            names.append(country)
    return names


def _bloc_session(clause: Token) -> bool:
    """"the bloc's meeting, which ...", "the G-9 session, which ...": the clause follows a session noun whose own
    words name a body of members. The words are read, not the parse, since the small model often hangs the
    clause on the body ("the Group of Nine") rather than on its session."""
    doc = clause.doc
    at = clause.left_edge.i - 1
    if at < 1 or doc[at].text != ",":
        return False
    noun = doc[at - 1]
    if noun.pos_ != "NOUN" or lower_lemma(noun) not in _SESSION_NOUNS:
        return False
    before = [t for t in doc[max(noun.i - _BODY_WORDS, noun.sent.start) : noun.i] if t.tag_ != "POS"]
    return any(is_member_body(" ".join(t.text for t in before[k:])) for k in range(len(before)))
