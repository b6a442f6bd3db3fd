"""A participle set off by commas between a subject and its cue ("X, running ferries to six islands, said ...")
is an aside about X: the parse may make X the participle's subject and leave the cue without one, but X is who
speaks. An unnamed crowd or group so described stays unnamed. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said

ASIDES = [
    pytest.param(
        "Harbour Freight Lines, flying cargo to a dozen northern towns, said it had signed a deal with Brannock Air.",
        "Harbour Freight Lines", "it had signed a deal with Brannock Air", id="transport",
    ),
    pytest.param(
        "Morrow Mining, calling itself a friend of the valley in its filing, said the regulator should review the "
        "sale.",
        "Morrow Mining", "the regulator should review the sale", id="business",
    ),
    pytest.param(
        "The Orvane Institute, calling itself an independent laboratory, said the water samples were clean.",
        "Orvane Institute", "the water samples were clean", id="science",
    ),
    pytest.param(
        "Dunmore City, calling itself the region's oldest club, said the stadium would be rebuilt.",
        "Dunmore City", "the stadium would be rebuilt", id="sport",
    ),
    pytest.param(
        "Brook Valley Council, calling itself a careful spender, said rates would not rise.",
        "Brook Valley Council", "rates would not rise", id="local-government",
    ),
    pytest.param(
        "The Tarrow Nurses Union, calling itself the voice of ward staff, said the strike would go ahead.",
        "Tarrow Nurses Union", "the strike would go ahead", id="labour",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ASIDES)
def test_the_subject_before_an_aside_speaks(nlp: Language, text: str, speaker: str, words: str) -> None:
    assert (speaker, "indirect", words) in said(nlp, text)


UNNAMED = [  # must not fire: an unnamed group or crowd with an aside stays unnamed
    pytest.param("A group of dockers, calling itself a workers' council, said the port would stay shut.",
                 "the port would stay shut", id="dockers"),
    pytest.param("A panel of experts, calling itself independent, said the bridge was unsafe.",
                 "the bridge was unsafe", id="experts"),
    pytest.param("Analysts, citing weak demand, said copper prices would fall further.",
                 "copper prices would fall further", id="analysts"),
    pytest.param("Officials, speaking on condition of anonymity, said the talks had stalled.",
                 "the talks had stalled", id="officials"),
]


@pytest.mark.parametrize(("text", "words"), UNNAMED)
def test_an_unnamed_group_with_an_aside_stays_unnamed(nlp: Language, text: str, words: str) -> None:
    assert (None, "indirect", words) in said(nlp, text)


def test_an_opening_participle_leaves_the_subject_after_it(nlp: Language) -> None:  # must not fire
    text = "Facing a budget gap, the Millbrook council said it would close two libraries."
    assert [s for s, _, w in said(nlp, text) if w == "it would close two libraries"] != [None]
