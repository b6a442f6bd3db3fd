"""A word in capitals inside a body's name is a short form already and gives every letter to the name's initials:
a body named after another's short form ("the VC Commission" after "the Varda Community (VC)") is a body of its
own, and a short form that spells the capitals whole ("UNOF" after "the UN Ocean Forum") joins its body.
Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import speakers, story_cast


def test_a_body_named_after_anothers_short_form_speaks_as_itself(nlp: Language) -> None:
    text = (
        "Farm ministers of the Varda Community (VC) met in Velsa on Monday.\n\n"
        "The VC Commission said it would propose a new levy on grain imports."
    )
    assert speakers(nlp, text) == ["VC Commission"]


def test_a_short_form_spelling_the_capitals_whole_joins_its_body(nlp: Language) -> None:
    cast = story_cast(
        nlp,
        "Ruiz spoke at the UN Ocean Forum in Velsa on Monday. He met ten chief executives at the close of the"
        " UNOF meeting.",
    )
    body = cast.registry.org_named("UNOF")
    assert body is not None and body.name == "UN Ocean Forum"
    assert [o.name for o in cast.organisations] == ["UN Ocean Forum"]
