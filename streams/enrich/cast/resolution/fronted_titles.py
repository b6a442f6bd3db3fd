"""The person a title names when the parse makes the words before that title the subject.

"Greens Senator X says", "Democrats Senator X says": the small model often reads a plural party name as the
sentence's subject and hangs the person on it as an apposition, so the party "said" it. An apposition set
off by no comma, with only title words between it and the subject, is no second description of the
subject: the subject and the title words are together the person's title, and the person speaks.
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
