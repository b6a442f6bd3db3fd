"""A past-tense speech verb set off by commas after a description is the parenthetical's verb, and the
description its speaker, even where the small model reads "the 23-year-old said" as a noun phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.repairs.parenthetical_verbs import FACTORY
from streams.ingest.article import Article


def _statements(enricher, text: str) -> list[tuple[str | None, str]]:
    enriched = enricher.enrich(Article(id="p", text=text, published_at=dt.datetime(2026, 3, 5)))
    return [(s.speaker.name if s.speaker else None, s.quote) for s in enriched.statements]


@pytest.mark.parametrize(
    ("intro", "sentence", "speaker", "words"),
    [
        (  # sport
            "Mateus Oliveira, 23, scored twice for the visitors on Saturday.",
            "The victory, the 23-year-old said, was for the supporters who travelled.",
            "Mateus Oliveira",
            "was for the supporters who travelled",
        ),
        (  # business
            "Chiamaka Eze, 52, has run the bakery chain since 2015.",
            "The slowdown, the 52-year-old added, was only temporary.",
            "Chiamaka Eze",
            "was only temporary",
        ),
        (  # courts
            "Lars Henriksen, 61, lost his appeal at the high court on Friday.",
            "The verdict, the 61-year-old told reporters, was a miscarriage of justice.",
            "Lars Henriksen",
            "was a miscarriage of justice",
        ),
        (  # local politics
            "Councillor Meera Pillai, 70, has sat on the planning committee for two decades.",
            "That, the 70-year-old insisted, was the whole point of the rules.",
            "Meera Pillai",
            "was the whole point of the rules",
        ),
    ],
)
def test_a_description_with_a_verb_set_off_inside_a_clause_speaks_it(enricher, intro, sentence, speaker, words):
    statements = _statements(enricher, f"{intro}\n\n{sentence}")
    assert [who for who, quote in statements if words in quote] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The results, the 44-year-old said, were better than any model predicted.",  # science
        "The offer, the 39-year-old noted, was far below inflation.",  # labour
        "The ceasefire, the 58-year-old explained, would hold only with monitors.",  # diplomacy
    ],
)
def test_the_verb_heads_the_parenthetical_with_the_description_as_its_subject(nlp, text):
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ in ("said", "noted", "explained"))
    assert (verb.pos_, verb.dep_, verb.head.i) == ("VERB", "parataxis", doc[verb.i].sent.root.i)
    assert [c.lower_ for c in verb.children if c.dep_ == "nsubj"] == ["old"]
    assert verb.lemma_ in ("say", "note", "explain")


@pytest.mark.parametrize(
    "text",
    [
        "It also lowers costs for small farms, the cooperative based in the valley, said.",  # business
        "The squad, the youngest assembled in years, arrived on Monday.",  # sport
        "The panel, the first appointed since the election, met on Monday.",  # local politics
    ],
)
def test_a_participle_the_description_heads_stays_its_modifier(nlp, text):
    doc = nlp(text)
    participle = next(t for t in doc if t.lower_ in ("based", "assembled", "appointed"))
    assert participle.dep_ != "parataxis"


def test_the_shared_pipeline_repairs_the_parse_before_parts_of_speech_and_lemmas(nlp):
    names = list(nlp.pipe_names)
    assert names.index("parser") < names.index(FACTORY) < names.index("attribute_table") < names.index("lemmatizer")
