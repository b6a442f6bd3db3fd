"""Bodies that speak together: "the two companies said" after two were named is both of them, named "A and B"
as the gold names joint speakers. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import speakers


def test_the_two_companies_are_the_two_named_before(nlp: Language) -> None:
    text = (
        "Dravo Holdings Corp and Quillon Foods Plc agreed to merge their bakery units.\n\n"
        "The two companies said the combined unit would employ 900 people."
    )
    assert speakers(nlp, text) == ["Dravo Holdings Corp and Quillon Foods Plc"]


def test_both_banks_are_the_two_named_before(nlp: Language) -> None:
    text = (
        "Harbor Savings Bank and Pellmark Bancorp Inc settled the dispute over the branch lease.\n\n"
        "Both banks said the branch would stay open."
    )
    assert speakers(nlp, text) == ["Harbor Savings Bank and Pellmark Bancorp Inc"]


def test_two_companies_not_yet_named_are_no_one_named(nlp: Language) -> None:  # must not fire
    text = (
        "Dravo Holdings Corp and Quillon Foods Plc were fined by the regulator.\n\n"
        "Two companies said the fines were too high."
    )
    assert speakers(nlp, text) != ["Dravo Holdings Corp and Quillon Foods Plc"]


def test_the_companies_without_a_count_are_the_coordinated_subject_before(nlp: Language) -> None:
    text = (
        "Torvane Cycles Inc and Malbrook Textiles Ltd said they would sponsor the regional cycling tour.\n\n"
        "The companies said the sponsorship runs for five seasons."
    )
    assert speakers(nlp, text) == ["Torvane Cycles Inc and Malbrook Textiles Ltd"] * 2


def test_the_companies_after_one_named_body_are_no_one_named(nlp: Language) -> None:  # must not fire
    text = (
        "Torvane Cycles Inc said it would sponsor the regional cycling tour.\n\n"
        "The companies said the sponsorship runs for five seasons."
    )
    assert speakers(nlp, text) == ["Torvane Cycles Inc", None]


def test_the_companies_coordinated_as_objects_are_the_only_two_firms_named(nlp: Language) -> None:
    # no coordinated subject, but exactly two companies named before: those two (`company_pairs`)
    text = (
        "Regulators fined Torvane Cycles Inc and Malbrook Textiles Ltd on Monday.\n\n"
        "The companies said the fines were too high."
    )
    assert speakers(nlp, text) == ["Torvane Cycles Inc and Malbrook Textiles Ltd"]


def test_the_companies_coordinated_as_objects_beside_a_third_firm_are_no_one_named(nlp: Language) -> None:
    text = (  # must not fire: three companies named, no coordinated subject to pick two of them
        "Regulators fined Torvane Cycles Inc and Malbrook Textiles Ltd after Kestrel Freight Co complained.\n\n"
        "The companies said the fines were too high."
    )
    assert speakers(nlp, text) == [None]


def test_the_companies_with_a_clause_of_their_own_are_no_one_named(nlp: Language) -> None:  # must not fire
    text = (
        "Torvane Cycles Inc and Malbrook Textiles Ltd said they would build a plant.\n\n"
        "The companies that supply the plant said prices would rise."
    )
    assert speakers(nlp, text)[1] is None


def test_a_parents_named_unit_speaks_as_itself(nlp: Language) -> None:
    text = "Halvard Group's Pennick Instruments Corp unit said the new sensor would ship in June."
    assert speakers(nlp, text) == ["Pennick Instruments Corp"]


def test_a_body_and_a_parents_named_division_speak_together(nlp: Language) -> None:
    text = "Corvell Inc and Halvard Co's Pennick Labs division said regulators approved their trial."
    assert speakers(nlp, text) == ["Corvell Inc and Pennick Labs"]


def test_a_named_holder_at_a_parent_still_speaks_alone(nlp: Language) -> None:  # must not fire
    text = "Halvard Group chief executive Ana Velez said the new sensor would ship in June."
    assert speakers(nlp, text) == ["Ana Velez"]


def test_a_board_inside_a_joint_subject_does_not_stop_the_statements(nlp: Language) -> None:
    # the joint body and "the Alder board" share a mention's start: ordering them raised a TypeError and the
    # article went to the dead letters (the spaCy entity spans both firms; which two bodies "the two companies"
    # are then is another question: the board, named last, is still taken for one)
    text = (
        "Alder Corp and Brisk Corp of America said they settled. Alder Corp and Brisk Corp of America said the"
        " Alder board agreed. The two companies said costs would fall."
    )
    assert "Brisk Corp of America" in speakers(nlp, text)[-1]
