"""A wire story's dateline ("LISBON, March 4 (Agency) -"): its own sentence, and the day the story is told from.

Left to the parser, the dateline runs into the lede: the town becomes the subject and the real subject an
apposition of it ("MADRID, ... - Club president X met Y" parses X as MADRID's apposition), so every reader of
the lede's clauses misses who acted. A sentence start after the dateline's dash keeps the lede whole.
A dateline is a capitalised place (and region), maybe a date, then an agency ("(Agency)", "/Agency/") or a
dash; a place in capitals or a date tells it from a paragraph that opens "Ms X (Labour) - ...".
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "newswire_dateline"
_HEAD = 160  # a dateline is within the paragraph's first characters
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z](?:[^\W\d]|[.'’ -]){1,40}?)(?:,\s*[A-Z](?:[^\W\d]|[.'’ ]){1,25}?)?"
    r"(?:,\s+(?P<date>[\w ,.]{3,22}?))?\s*[.,]?\s*"
    r"(?:(?P<agency>\([^)]{1,30}\)|/[^/]{1,20}/\.?)\s*(?:--|[-–—:])?|--|[-–—:])\s")


def dateline(text: str) -> re.Match[str] | None:
    """The dateline opening `text`, or None."""
    match = _DATELINE.match(text[:_HEAD])
    return match if match is not None and (match["place"].isupper() or match["date"]) else None


def dateline_place_end(text: str) -> int:
    """Where the place of the dateline opening `text` ends (its region included), 0 when there is none: what
    stands before it is where the story was filed from, never who speaks ("KUALA LUMPUR (Agency) - The bank
    said": the small model often calls a place in capitals an organisation)."""
    match = dateline(text)
    if match is None:
        return 0
    return match.start("date") if match["date"] else match.start("agency") if match["agency"] else match.end()


@Language.component(FACTORY)
def dateline_boundary(doc: Doc) -> Doc:
    match = dateline(doc.text)
    if match is not None:
        start = next((t for t in doc if t.idx >= match.end() and not t.is_space), None)
        if start is not None and start.i > 0:
            start.is_sent_start = True
    return doc


def use_dateline_boundary(nlp: Language) -> Language:
    """Adds the boundary before the parser, which keeps sentence starts set before it."""
    if "parser" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, before="parser")
    return nlp
