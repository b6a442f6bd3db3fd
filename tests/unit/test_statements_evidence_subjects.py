"""A reported clause with a cue of its own: when that cue's subject is evidence ("the samples suggested",
"the figures showed"), the outer speaker says the whole clause; when it is a voice ("Y told Z that ...,
the statement said"), the inner cue still carries the report. Invented sentences from several beats."""

from __future__ import annotations

import pytest

from tests.unit.readers import said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # science
            "Geologist Marama Tawhiri said the samples suggested that the lake had dried out twice.",
            ("Marama Tawhiri", "the samples suggested that the lake had dried out twice"),
        ),
        (  # business
            "Retail analyst Bjorn Eriksen said the sales figures suggested that shoppers had switched brands.",
            ("Bjorn Eriksen", "the sales figures suggested that shoppers had switched brands"),
        ),
        (  # sport
            "Coach Adaeze Nwankwo told reporters the scans indicated that the winger would miss a month.",
            ("Adaeze Nwankwo", "the scans indicated that the winger would miss a month"),
        ),
        (  # courts
            "Judge Ruth Abernethy said the phone records confirmed the two men had met before the robbery.",
            ("Ruth Abernethy", "the phone records confirmed the two men had met before the robbery"),
        ),
        (  # health
            "Epidemiologist Hiroshi Tanabe said the latest data suggested that the outbreak had peaked.",
            ("Hiroshi Tanabe", "the latest data suggested that the outbreak had peaked"),
        ),
        (  # local politics
            "Councillor Parveen Akhtar said the audit confirmed that the depot had been overcharged for fuel.",
            ("Parveen Akhtar", "the audit confirmed that the depot had been overcharged for fuel"),
        ),
    ],
)
def test_evidence_does_not_take_the_speakers_report(nlp, text, expected):
    name, quote = expected
    assert said(nlp, text) == [(name, "indirect", quote)]


@pytest.mark.parametrize(
    ("text", "name", "quote"),
    [
        (  # diplomacy: a document relays what a person told another
            "Envoy Lucia Ferraro said the border would reopen in April, the ministry's statement said.",
            "Lucia Ferraro",
            "the border would reopen in April",
        ),
        (  # farming: an office relays what the minister told others
            "Minister Aisha Bello told the farmers that the dam would be finished in June, her office said.",
            "Aisha Bello",
            "the dam would be finished in June",
        ),
        (  # business: the company relays what its chief executive said
            "Chief executive Olusegun Adebayo said the plant would stay open, the company said in a statement.",
            "Olusegun Adebayo",
            "the plant would stay open",
        ),
    ],
)
def test_a_voice_inside_a_relay_keeps_its_report(nlp, text, name, quote):
    assert (name, "indirect", quote) in said(nlp, text)
