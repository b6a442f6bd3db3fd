"""What a speaker urged, when it is a list of bare verbs ("to A, B and C"): the parse hangs the later verbs on
the cue, and the statement must keep them; the speaker's own doings after the act stay out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.quote, s.speaker.name if s.speaker else None) for s in found]


@pytest.mark.parametrize(
    "act",
    [
        "urged the firm to raise wages, cut overtime and hire more nurses",
        "urged the gallery to lend the paintings, extend the show and lower the entry fee",
        "called on the ministry to fund rural clinics, train more midwives and publish waiting times",
        "urged the trust to fully re-open the short-stay beds, introduce night clinics and open the wards to a rota",
        "urged the agency to open the data, fund the lab or explain the cuts",
    ],
)
def test_a_list_of_bare_verbs_stays_with_the_act(nlp: Language, act: str) -> None:
    assert run(nlp, f"Mayor Ilsa Fenn {act}.") == [(act, "Ilsa Fenn")]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Coach Rian Dolt urged the players to rest, cut the session short and sent them home.",
            "urged the players to rest",
        ),
        ("Mayor Ilsa Fenn urged the council to wait, opened the fair and left.", "urged the council to wait"),
        ("Dr Ana Vell urged patients to stay home, and the clinic closed early.", "urged patients to stay home"),
    ],
)
def test_the_speakers_own_doings_after_the_act_stay_out(nlp: Language, text: str, act: str) -> None:
    assert [quote for quote, _ in run(nlp, text)] == [act]
