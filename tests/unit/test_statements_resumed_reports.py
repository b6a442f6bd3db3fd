"""A reported clause that goes on after a parenthetical attribution ("A, X said, and B"): the statement
is both halves without the attribution, however the parse hangs the conjunction (on the clause, on the
cue, or with the clause before the cue as the cue's complement); a conjunct that is a speech act of
its own is a second statement. Invented sentences from several beats."""

from __future__ import annotations

import pytest

from tests.unit.readers import said


@pytest.mark.parametrize(
    ("text", "name", "quote"),
    [
        (  # housing: "but", the clause before the cue parsed as the cue's complement
            "Rents rose by a tenth in March, Aibek Nurlanov said, but they are likely to ease by the summer.",
            "Aibek Nurlanov",
            "Rents rose by a tenth in March but they are likely to ease by the summer",
        ),
        (  # health: "and" with no subject of its own
            "The vaccine will reach clinics in May, Dr Ngozi Achebe said, and would be free for children.",
            "Ngozi Achebe",
            "The vaccine will reach clinics in May and would be free for children",
        ),
        (  # culture
            "The exhibition would cost £2m, curator Idris Bakr said, and would open next year.",
            "Idris Bakr",
            "The exhibition would cost £2m and would open next year",
        ),
        (  # courts
            "The jury retired at noon, Judge Esther Mwale said, and would return a verdict on Friday.",
            "Esther Mwale",
            "The jury retired at noon and would return a verdict on Friday",
        ),
        (  # health services
            "Waiting lists grew by a fifth in the winter, Dr Oluwaseun Ade said, and would shrink only slowly.",
            "Oluwaseun Ade",
            "Waiting lists grew by a fifth in the winter and would shrink only slowly",
        ),
    ],
)
def test_the_report_goes_on_after_its_attribution(nlp, text, name, quote):
    assert said(nlp, text) == [(name, "indirect", quote)]


def test_a_conjoined_speech_act_is_not_more_of_the_report(nlp):
    """courts: "and added that" is a second statement of the same speaker, not the first one's end."""
    text = "The hearing will resume on Monday, Judge Amaka Obi said, and added that jurors must stay home."
    quotes = [quote for _, _, quote in said(nlp, text)]
    assert "The hearing will resume on Monday" in quotes
    assert not any("added" in q for q in quotes)
