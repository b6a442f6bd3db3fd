"""A body's position told by a person ("<body> <cue> that ..., <person> said"): the person who tells it is the
speaker and the body's position is what they said; a trailing document or outlet, or an inner cue whose subject
is a person, keeps relaying the inner cue's report. Invented sentences from several beats."""

from __future__ import annotations

import pytest

from tests.unit.readers import said, speakers_opening


@pytest.mark.parametrize(
    ("text", "name", "opening"),
    [
        (  # business: a firm's advice, told by its analyst
            "Tarvix Holdings recommends selling the shares, analyst Mirela Dobrescu said.",
            "Mirela Dobrescu",
            "Tarvix Holdings recommends",
        ),
        (  # diplomacy: a state's complaint, told by a named envoy
            "Uruguay has complained to the tribunal that the new dam breaks the river treaty, envoy Dario Pellegrini"
            " said.",
            "Dario Pellegrini",
            "Uruguay has complained",
        ),
        (  # science: an institute's estimate, told by one of its researchers
            "The Halden Institute estimates that the glacier lost a fifth of its ice, glaciologist Ines Vallbo said.",
            "Ines Vallbo",
            "The Halden Institute estimates",
        ),
        (  # labour: a union's warning, told by its spokeswoman
            "Unison Rail has warned the operator that drivers will strike in May, spokeswoman Keziah Mbeki said.",
            "Keziah Mbeki",
            "Unison Rail has warned",
        ),
        (  # sport: a league's estimate, told by its commissioner
            "Nordkap Football League estimates that the stadium will cost 40 million euros, commissioner Tomasz"
            " Wierzbicki said.",
            "Tomasz Wierzbicki",
            "Nordkap Football League estimates",
        ),
    ],
)
def test_the_person_telling_a_bodys_position_speaks(nlp, text, name, opening):
    assert name in speakers_opening(nlp, text, opening)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # business: a document relays the firm's own words
            "Tarvix Holdings told investors that the plant would close in June, the statement said.",
            "Tarvix Holdings",
        ),
        (  # local government: an outlet relays the council's own words
            "Bramford Council has warned residents that the bridge will close for repairs, the local radio reported.",
            "Bramford Council",
        ),
        (  # farming: a person's own report, relayed by her office
            "Minister Aisha Bello told the farmers that the dam would be finished in June, her office said.",
            "Aisha Bello",
        ),
    ],
)
def test_a_relay_by_no_person_keeps_the_inner_report(nlp, text, name):
    assert name in [speaker for speaker, _, _ in said(nlp, text)]
