"""An organisation and its initials are one speaker and one meeting side: invented sentences per beat."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import meetings_in, side_names, speakers

FULL_NAME_AFTER_INITIALS = [
    # the legal form is not initialled
    pytest.param(
        "Northern Widget and Cable Co said the regional board approved its rate plan. "
        "NWC said the cheaper tariffs start in August.",
        "Northern Widget and Cable Co",
        id="legal-form-business",
    ),
    pytest.param(
        "Tarrow Valley Power Ltd said the new clinic would open in June. TVP said waiting lists were falling.",
        "Tarrow Valley Power Ltd",
        id="legal-form-health",
    ),
    # a name the model splits at its "and", the initials of the whole written later
    pytest.param(
        "Halvard Pipe and Foundry Corp said the strike would go ahead on Monday. "
        "HPF said talks with the ministry had failed.",
        "Halvard Pipe and Foundry Corp",
        id="split-at-and-labour",
    ),
    # a short form defined in brackets that skips the place opening the name
    pytest.param(
        "The Dorin Regional Arts Council (RAC) said the festival drew record crowds. "
        "RAC said it would return next year.",
        "Dorin Regional Arts Council",
        id="bracket-skips-place-culture",
    ),
    # initials the model reads as a person's name
    pytest.param(
        "United Ferry Workers Union said on Friday that crews would stop work. "
        "UFWU said talks with the ministry had failed.",
        "United Ferry Workers Union",
        id="read-as-person-labour",
    ),
]


@pytest.mark.parametrize(("text", "full"), FULL_NAME_AFTER_INITIALS)
def test_initials_speak_as_the_body_named_in_full(nlp: Language, text: str, full: str) -> None:
    assert [s.removeprefix("The ") for s in speakers(nlp, text) if s] == [full, full]


def test_initials_as_a_meeting_side_are_the_body_named_in_full(nlp: Language) -> None:
    text = (
        "Consolidated Brine Works Inc said exports to the region rose sharply.\n\n"
        "CBW officials met Kelvani ministers in Dorin last week over the plan."
    )
    meetings = meetings_in(nlp, text, published=None)
    assert meetings and "Consolidated Brine Works Inc" in side_names(meetings[0])
    assert "CBW" not in side_names(meetings[0])


@pytest.mark.parametrize(
    "text",
    [
        # two companies coordinated stay two: no initials of the pair are written
        "Ferrow Pipe Corp and Dalby Foods Inc said the plan would cut costs. The EU said prices would rise.",
        # a bracket holding a country is no short form of the company
        "Dalby Foods Inc (UK) said the ruling was a setback. The UK said it would appeal.",
    ],
)
def test_no_short_form_ties_two_bodies(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[-1] in ("EU", "UK")


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # must not fire: the lede names its source, whose body's short form follows
            "Pilots will refuse night shifts from May, Tomas Brel, the secretary of the Harbour Pilots Guild, "
            'HPG, said.\n\n"The port is unsafe after dark," Rustam Qaderov said on his return from the capital.',
            "Tomas Brel",
        ),
        (  # trade
            "Growers in Kelvania are angry that the tea negotiations in Geneva failed, the chairman of the "
            'state-run Tea Marketing Board, TMB, said.\n\n"Prices keep sliding," Marta Okonkwo said when she '
            "returned from the capital.",
            "Marta Okonkwo",
        ),
    ],
)
def test_a_lede_source_with_its_body_short_form_is_the_holder_named_next(
    nlp: Language, text: str, holder: str
) -> None:
    assert speakers(nlp, text)[0] == holder


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (  # public agency: the country opening the name is not initialled
            "The U.S. Bureau of Fen Surveys opened an inquiry on Monday. "
            "A BFS official said the report would be ready in May.",
            "U.S. Bureau of Fen Surveys",
        ),
        (  # sport body
            "The U.K. Board of Rowing Umpires fined two crews. BRU said the appeal would be heard in June.",
            "U.K. Board of Rowing Umpires",
        ),
        (  # wire brackets: the short form after a spaced dash
            "Kelvania's state-owned <Banco Marrido del Este - BME> plans a bond sale. "
            "BME said the bonds carry warrants.",
            "Banco Marrido del Este",
        ),
        (  # science
            "The <Halden Science Institute - HSI> published a study. HSI said its findings are due in May.",
            "Halden Science Institute",
        ),
        (  # the bracketed name opens the sentence and speaks itself
            "<Orvane Water Authority - OWA> said charges would rise by four pct in May.",
            "Orvane Water Authority",
        ),
        (  # initials the parse reads as a common noun, before "officials"
            "The Canada Grain Review Board cut its forecast on Monday. GRB officials said exports would slow.",
            "Canada Grain Review Board",
        ),
        (  # the name in full in the same sentence
            "The U.S. Council on Water Quality will not oppose the dam, a CWQ official said.",
            "U.S. Council on Water Quality",
        ),
    ],
)
def test_initials_after_a_country_or_a_dash_are_the_body_named_in_full(
    nlp: Language, text: str, full: str
) -> None:
    assert speakers(nlp, text)[-1] == full


def test_initials_a_bracketed_dash_defines_name_a_meeting_side_in_full(nlp: Language) -> None:
    text = "The <Halden Science Institute - HSI> published a study. The Velbridge Farmers League met HSI on Monday."
    meetings = meetings_in(nlp, text, published=None)
    assert meetings and side_names(meetings[0]) == {"Velbridge Farmers League", "Halden Science Institute"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # initials that spell two bodies tie neither
        (
            "The U.S. Bureau of Fen Surveys and the Bureau of Feed Standards met. "
            "A BFS official said the report would be ready in May.",
            "BFS",
        ),
        # a country alone is never a body's short form
        ("The U.K. Board of Rowing Umpires fined two crews. The U.K. said the appeal would be heard.", "U.K."),
    ],
)
def test_no_short_form_from_a_country_or_two_bodies(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[-1] == speaker
