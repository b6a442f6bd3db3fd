"""The person a title names when the parse makes the words before that title the subject.

"Greens Senator X says", "Democrats Senator X says": the small model often reads a plural party name as the
sentence's subject and hangs the person on it as an apposition, so the party "said" it. An apposition set
off by no comma, with only title words between it and the subject, is no second description of the
subject: the subject and the title words are together the person's title, and the person speaks. Likewise a
title word parsed as the subject with its holder's name hung inside its own phrase ("Ambassador to X Ana Ruiz
said", "Minister of Roads and Transport X said"): the name closing the phrase is who speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..names import is_title_part


def person_titled_after(subject: Token) -> Token | None:
    """The last word of the PERSON apposition hung on `subject` with only title words (and no comma)
    between them; None when there is none."""
    doc = subject.doc
    for child in subject.rights:
        if child.dep_ != "appos" or child.ent_type_ != "PERSON":
            continue
        between = [t for t in doc[subject.i + 1 : child.i] if t.ent_type_ != "PERSON"]
        if between and all(t.text[:1].isupper() and is_title_part(t.text) for t in between):
            return child
    return None


# words that may stand between a title and its holder's name inside one title phrase: "Ambassador to X",
# "Minister of Roads and Transport", "Secretary for Trade"
_TITLE_LINKS = frozenset({"of", "to", "for", "at", "in", "and", "&"})


def person_closing_title(subject: Token) -> Token | None:
    """The last word of the person whose name closes the subject's own title phrase, right before its verb:
    "Ambassador to Ruritania Tomas Keller said", "Minister of Roads and Transport Karsono told reporters" parsed
    with the title word as the subject and the name hung inside the phrase (an object of its "to" or a
    conjunct of its portfolio). The title speaks through its holder, as "Minister Karsono said" does. Only
    capitalised words and the links of a title stand between (no comma, no lower-case word: "the envoy to
    the talks" is no title phrase), and the name (the model's PERSON) must close the phrase, next to the verb;
    None otherwise."""
    verb = subject.head
    end = subject.right_edge
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.i != end.i + 1 or end.i == subject.i:
        return None
    if not is_title_part(subject.text) or not subject.text[:1].isupper() or end.ent_type_ != "PERSON":
        return None
    doc = subject.doc
    start = end.i
    while start > subject.i + 1 and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_iob_ != "B":
        start -= 1
    between = doc[subject.i + 1 : start]
    if not between or between[0].lower_ not in _TITLE_LINKS:
        return None
    if any(not (t.lower_ in _TITLE_LINKS or t.text[:1].isupper()) for t in between):
        return None
    return end
