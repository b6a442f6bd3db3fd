"""Newswire constructions a demanding reader met in invented full articles (round 11), each across beats:
the quotation's cue and speaker, and the reported clause that a quotation must not swallow.

Every sentence is invented, with names of many cultures; none comes from an evaluation article.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def _statements(nlp: Language, text: str) -> list[Statement]:
    return extract_statements(parse(Article(id="t", text=text), nlp))


def _direct(nlp: Language, text: str) -> Statement:
    found = [s for s in _statements(nlp, text) if s.kind == "direct"]
    assert len(found) == 1, found
    return found[0]


# A quotation hung on the object of a negated speech verb inside a report: the report's own verb is the cue.
DENIED_INNER_CUE = [
    # business
    (
        'Analyst Tariq Haddad of Northpine Bank said rival lenders had not reported similar losses, which '
        '"tells you where the problem sits."',
        "said",
        "Tariq Haddad",
    ),
    # courts
    (
        'Defence lawyer Mei-Lin Zhou argued that the witness had never mentioned the second car, a detail that '
        '"changes the whole timeline."',
        "argued",
        "Mei-Lin Zhou",
    ),
    # science
    (
        'Astronomer Kofi Boateng noted that the probe team had not announced any fault, which "is exactly what '
        'you hope to hear."',
        "noted",
        "Kofi Boateng",
    ),
    # sport
    (
        'Coach Ilse Brandt insisted that the club had not confirmed the transfer, a deal that "exists only in '
        'the newspapers."',
        "insisted",
        "Ilse Brandt",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), DENIED_INNER_CUE)
def test_a_negated_inner_verb_is_not_the_quotations_cue(nlp: Language, text: str, cue: str, speaker: str) -> None:
    statement = _direct(nlp, text)
    assert statement.cue == cue
    assert statement.speaker is not None and statement.speaker.name == speaker
