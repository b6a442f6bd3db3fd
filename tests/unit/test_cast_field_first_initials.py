"""A public body named with its field first ("the Corvian Fisheries Department") and initialled later in the other
order wire copy uses ("CDF": Corvian Department of Fisheries), a dotted country's letters each kept ("U.S." in
"USDL"): one speaker. A short form another body spells, or a kind noun that has no such second order, is
left as it was. Invented sentences, several beats."""

from __future__ import annotations

import pytest

from streams.enrich.cast.reading.acronyms import initialled_forms
from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(  # labour
            "Factory hiring slowed in the autumn, the U.S. Labor Department said.\n\n"
            "In its monthly jobs survey, the USDL said wages in retail rose by a fifth.",
            "U.S. Labor Department",
            id="labour-dotted-country",
        ),
        pytest.param(  # business
            "Copper exports to Asia could shrink this season, the U.S. Commerce Department said.\n\n"
            "Senior USDC officials said smelters in Korea had trimmed their orders.",
            "U.S. Commerce Department",
            id="business-officials",
        ),
        pytest.param(  # science / energy: a nationality opens the name
            "Gas output rose in March, the Mexican Energy Department said. The MDE said the new wells were deep.",
            "Mexican Energy Department",
            id="energy-nationality",
        ),
    ],
)
def test_field_first_name_and_its_initials_in_the_other_order_are_one_speaker(nlp, text, name):
    assert speakers(nlp, text) == [name, name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # local government: a second body whose initials are its own
            "The U.S. Commerce Department said retail sales rose. The USDA said the wheat harvest was late.",
            ["U.S. Commerce Department", "USDA"],
            id="other-body-keeps-its-initials",
        ),
        pytest.param(  # sport: a board is no kind with a field-after order
            "The Corvian Rowing Board picked its crew on Friday, the board said. CBR said the trials were fair.",
            None,
            id="board-no-second-order",
        ),
    ],
)
def test_initials_of_no_named_body_stay_as_written(nlp, text, expected):
    found = speakers(nlp, text)
    if expected is None:
        assert "Corvian Rowing Board" not in found[1:]
    else:
        assert found == expected


def test_forms_keep_the_country_before_the_kind():
    assert initialled_forms(["U.S.", "Trade", "Department"]) == ["U S Trade Department", "U S Department of Trade"]
    assert initialled_forms(["Coastal", "Farmers", "League"]) == []
    assert initialled_forms(["Canadian", "Transport", "Ministry"]) == ["Canadian Ministry of Transport"]
