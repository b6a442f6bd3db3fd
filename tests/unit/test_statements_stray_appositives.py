"""A comma-set noun phrase closing a reported clause, which the parse hung on the cue ("said it launched the X,
its first tractor ...") instead of on the clause it renames, still belongs to what was said; a comment of the
writer's ("..., a move analysts had expected") and a second voice stay out. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said


def _quotes(nlp: Language, text: str) -> list[str]:
    return [q for _, _, q in said(nlp, text)]


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (  # farming machinery
            "The maker also said it unveiled the Orlo RX 12, its first tractor built to be used on hill farms, "
            "vineyards and orchards.",
            "vineyards and orchards",
        ),
    ],
)
def test_the_phrase_hung_on_the_cue_ends_the_clause(nlp: Language, text: str, tail: str) -> None:
    assert any(q.startswith("it unveiled") and q.endswith(tail) for q in _quotes(nlp, text))


def test_the_writers_comment_stays_out(nlp: Language) -> None:
    text = "The maker said it would close the Varnley plant, a move analysts had expected for months."
    assert [q for q in _quotes(nlp, text) if q.startswith("it would close")] == ["it would close the Varnley plant"]
