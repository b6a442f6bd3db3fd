"""A wire's stock code in angle brackets never becomes, or stays inside, a speaker's name: the parse may put
the code in apposition to a descriptive subject ("the maker, X <XC.PA>, said") or let a name span run into
the brackets; the firm's name without the code is the speaker. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast.reading.stock_codes import without_stock_code
from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Newly listed shipping group Cie Maritime de Lorvel <LORV.PA> said it plans to call its holders "
            "to an extra session.",
            "Cie Maritime de Lorvel",
        ),
        (
            "Spain's biggest carrier, Avenor Spa <AVNR.MI>, reporting a fall in its profit, said it flew "
            "more people on home routes.",
            "Avenor Spa",
        ),
        (
            "One senior Brixol Corp <BRXL.T> manager said on Friday that talks with regulators would end soon.",
            "Brixol Corp",
        ),
        (
            "<Northern Harbour Bank of Trade>, earlier reporting higher income for the quarter, said it "
            "expects losses to fall.",
            "Northern Harbour Bank of Trade",
        ),
    ],
)
def test_the_firm_not_its_code_speaks(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text)[0] == name


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Velmora Kong Ltd <VKGH.L>", "Velmora Kong Ltd"),
        ("VKG> Velmora Labs Inc", "Velmora Labs Inc"),
        ("Velmora Bank of Trade>", "Velmora Bank of Trade"),
        ("Velmora Kong Ltd", "Velmora Kong Ltd"),
    ],
)
def test_a_name_loses_its_code(written: str, name: str) -> None:
    assert without_stock_code(written) == name
