"""A participle after a closing mark that describes a quoted word ("the terms" set out in the pact) attributes
nothing: the speech verb before the quotation does."""

from __future__ import annotations

import pytest

from tests.unit.readers import said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            'Lorna Vasquez said "the club must meet the terms" set out in the league rules.',
            "Lorna Vasquez",
            "the club must meet the terms",
        ),
        (
            'Envoy Anil Marsh said "both states respect the borders" agreed in the treaty.',
            "Anil Marsh",
            "both states respect the borders",
        ),
    ],
)
def test_a_participle_on_a_quoted_word_leaves_the_lead_cue_the_attribution(nlp, text, speaker, quote) -> None:
    assert said(nlp, text) == [(speaker, "direct", quote)]


def test_with_no_cue_before_the_quotation_the_sentence_after_it_still_attributes(nlp) -> None:
    text = '"The trial met the standards" stated in the protocol, Dr Mirela Holt said.'
    assert [s for s, _, _ in said(nlp, text)] == ["Mirela Holt"]


def test_a_tail_attribution_is_kept(nlp) -> None:
    text = '"The gallery returned every work," curator Oskar Lind said.'
    assert said(nlp, text) == [("Oskar Lind", "direct", "The gallery returned every work,")]
