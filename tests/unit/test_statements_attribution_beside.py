"""`"A," X said, before adding: "B"`: the parse hangs the participle on the first quotation's own verb,
whose subject is the quotation's ("we"); the attribution set beside that clause is who goes on. And
`X said: "A," adding that B`: the participle reports a second statement, not the quotation's attribution.
Invented sentences from several beats."""

from __future__ import annotations

import pytest

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.mark.parametrize(
    "text",
    [
        '"We have never had a stronger order book," Chidinma Okafor said, before adding: "The second half '
        'will be better still."',  # business
        '"The library will stay open as long as I am in charge," Siobhan Kearney said, before adding: '
        '"Residents deserve better services."',  # local politics
        '"The ice is melting faster than any model predicted," Hiroshi Tanaka said, before adding: "We need '
        'more measurements from the poles."',  # science
        '"We have never lost so many games in a row," Yusuf Demir said, after insisting: "We are still a good '
        'side."',  # sport
    ],
)
def test_a_participle_after_a_tail_attribution_is_the_attributed_speakers(nlp, text):
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    speakers = [s.speaker.name if s.speaker else None for s in statements]
    assert len(speakers) == 2 and speakers[0] is not None and speakers[1] == speakers[0]


@pytest.mark.parametrize(
    ("text", "speaker", "reported"),
    [
        (  # business
            'Chidinma Okafor said on Wednesday: "We have never had a stronger order book," adding that sales '
            "would recover by the spring.",
            "Chidinma Okafor",
            "sales would recover by the spring",
        ),
        (  # labour
            'Union leader Zanele Dlamini told the rally: "Our members will not accept another pay freeze," adding '
            "that the strike would go ahead.",
            "Zanele Dlamini",
            "the strike would go ahead",
        ),
        (  # diplomacy
            'Envoy Tariq Al-Hashimi said: "The talks have made real progress," adding that the ceasefire would hold.',
            "Tariq Al-Hashimi",
            "the ceasefire would hold",
        ),
    ],
)
def test_a_participle_reporting_its_own_clause_after_a_quotation_is_a_second_statement(nlp, text, speaker, reported):
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    found = [(s.speaker.name if s.speaker else None, s.kind, s.quote) for s in statements]
    assert found[1:] == [(speaker, "indirect", reported)]
    assert found[0][:2] == (speaker, "direct")
