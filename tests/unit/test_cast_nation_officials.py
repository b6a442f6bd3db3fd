"""A lone nationality before unnamed people ("Kenyan officials", "a Chilean official") is their nation, not a body
named earlier whose name opens with that word: as speakers they stay unnamed (eval/README.md), at talks they are
the state. A body's own short form ("Orrenwald executives") still names the body. Invented sentences, several beats."""

from __future__ import annotations

import pytest

from tests.unit.readers import meetings_in, said, side_names


@pytest.mark.parametrize(
    "text",
    [
        # fisheries: a board named with the nationality first
        "The Norwegian Fisheries Board set new quotas on Monday.\n\nNorwegian officials said the cod stock had"
        " recovered.",
        # farming: a minister's title read as a body
        "Chilean Agriculture Minister Rosa Quispe met fruit growers on Tuesday.\n\nA Chilean official said the frost"
        " had cut the grape crop.",
        # sport: a federation named with the nationality first
        "The Kenyan Athletics Federation named its team on Friday.\n\nKenyan officials said the marathon squad would"
        " fly out next week.",
        # business: a cooperative, and the nationality tagged as a name by the model
        "The Uruguayan Dairy Cooperative raised milk prices.\n\nUruguayan officials said exports had doubled.",
    ],
)
def test_a_nations_officials_are_not_a_body_named_after_the_nation(nlp, text):
    assert [speaker for speaker, _, _ in said(nlp, text)] == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # mining: a company's opening word
            "Orrenwald Mining Corp cut its dividend.\n\nOrrenwald executives said the mine would reopen in May.",
            "Orrenwald Mining Corp",
        ),
        (  # science: an institute's opening word
            "The Halvard Space Institute launched a probe on Sunday.\n\nHalvard officials said the probe was working.",
            "Halvard Space Institute",
        ),
    ],
)
def test_a_bodys_short_form_still_names_the_body(nlp, text, name):
    assert [speaker for speaker, _, _ in said(nlp, text)] == [name]


def test_a_nations_officials_at_talks_are_the_state(nlp):
    text = "The Norwegian Fisheries Board set new quotas on Monday.\n\nNorwegian officials met Danish ministers in" \
        " Oslo on Tuesday."
    meetings = meetings_in(nlp, text, published=None)
    assert [side_names(m) for m in meetings] == [{"Norway", "Danish ministers"}]
