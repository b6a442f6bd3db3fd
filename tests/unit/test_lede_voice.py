"""An unnamed voice of the lede that the next paragraph names: the named person speaks both times.

Every sentence is invented.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def first_speaker(nlp: Language, text: str) -> str | None:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    first = min(found, key=lambda s: s.span.start)
    return first.speaker.name if first.speaker else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mill would cut output by a fifth this year, a senior company official said.\n\n"
            '"Demand has simply dried up," Ingrid Salo, chief operating officer of Varnholt Paper, told reporters.',
            "Ingrid Salo",
        ),
        (
            "Waiting lists for surgery would fall by summer, a leading health official said.\n\n"
            "Kwame Asante, director of the Lowland Health Board, said four hundred nurses had been hired.",
            "Kwame Asante",
        ),
        (
            "The two countries would resume border talks, a senior diplomat said.\n\n"
            '"Both sides want an agreement soon," Aiko Tanabe, deputy foreign minister of Arlania, said.',
            "Aiko Tanabe",
        ),
        # a role at a body its own words name is the person named next
        (
            "Season ticket prices will rise by a tenth, a senior Calder Rovers executive said.\n\n"
            '"The new stand must be paid for," Rafael Montoya, managing director of the club, told supporters.',
            "Rafael Montoya",
        ),
        (  # a slip the tagger read as an adverb is still the role
            "The lab will hire forty researchers, a senior Brightwell offical said.\n\n"
            '"We are short of chemists," Priya Nair, head of research, told reporters.',
            "Priya Nair",
        ),
        # must not fire: a body's spokesperson stays the body's voice
        (
            "The strike will spread to three more depots, a Calder Transport Union spokesman said.\n\n"
            '"Members are angry," Tomas Breyer, general secretary of the union, told a rally.',
            "Calder Transport Union",
        ),
        # must not fire: the person named next works for another body
        (
            "Fares will rise in June, a senior Norvik Rail official said.\n\n"
            '"Passengers will pay more," Aiko Tanabe, an analyst at Harbour Securities, said.',
            "Norvik Rail",
        ),
        # must not fire: an anonymous voice is someone other than the named person
        (
            "The club will build a new stand, a senior club executive, granted anonymity, said.\n\n"
            '"The fans deserve better seats," Rafael Montoya, managing director of Calder Rovers, said.',
            None,
        ),
        # must not fire: a union's voice is not the firm's chief
        (
            "The plant would close in May, a union official said.\n\n"
            '"We were never consulted," Tomas Breyer, chief executive of Varnholt Paper, said.',
            None,
        ),
        # must not fire: the person is named two paragraphs later
        (
            "The appeal will be heard in March, a senior court official said.\n\n"
            "The case was first brought last year.\n\n"
            '"The backlog is shrinking," Aiko Tanabe, registrar of the Northern Appeals Court, said.',
            None,
        ),
    ],
)
def test_the_next_paragraph_names_the_lede_voice(nlp: Language, text: str, speaker: str | None) -> None:
    assert first_speaker(nlp, text) == speaker
