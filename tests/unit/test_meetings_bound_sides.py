"""MEETINGS sides bound by the clause around them: an object "her"/"him" is never the clause's own subject,
"they" in "Xs said they will ..." is the reporting group, a topic's "with Y" may hang deep in a long topic,
and "A told reporters after Monday's talks with B" tells the encounter already told. Every name is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.readers import side_names, speakers

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # diplomacy: relative clause
        ("Mayor Anna Vell landed in Tarrow on Sunday. Governor Elio Fanti, who had long talks with her on Monday, "
         "welcomed the accord.", {"Anna Vell", "Elio Fanti"}),
        # labour: main clause
        ("Director Sunna Ivar flew home on Sunday. Chairman Odo Baskir held lengthy negotiations with her on "
         "Tuesday.", {"Sunna Ivar", "Odo Baskir"}),
        # courts
        ("Judge Tomas Brell reached the capital on Sunday. Senator Mira Tolle met him on Wednesday.",
         {"Tomas Brell", "Mira Tolle"}),
    ],
)
def test_an_object_pronoun_is_someone_before(run, text, sides):
    found = run(text)
    assert [side_names(m) for m in found] == [sides]
    assert found[0].status == "held"


def test_the_subject_of_the_next_sentence_still_speaks(nlp):
    text = ("Mayor Anna Vell landed in Tarrow on Sunday. Governor Elio Fanti greeted her at the airport. "
            "He said the visit would help the harbour.")
    assert speakers(nlp, text)[-1] == "Elio Fanti"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # trade
        ("Chilean negotiators say they would discuss joint work on the copper trade with Kenyan negotiators "
         "at sessions set for spring.", {"Chile", "Kenya"}),  # a state told by its people's nationality
        # health
        ("Finnish health officials said they would discuss vaccine supplies with Peruvian health officials next "
         "week.", {"Finnish health officials", "Peruvian health officials"}),
        # science: a long topic with a named partner
        ("Professor Karl Wendt hopes to discuss a study of river silt with Dean Vera Plom on Friday.",
         {"Karl Wendt", "Vera Plom"}),
    ],
)
def test_a_planned_discussion_with_a_partner(run, text, sides):
    found = run(text)
    assert [side_names(m) for m in found] == [sides]
    assert found[0].status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Austrian trade officials say they would go over the price of grain with clients next month.",
        "Nurses say they mean to discuss the new rota's effects with their families.",
        "Coach Lena Marsk discussed the length of her stadium lease with reporters on Friday.",
        "Coach Lena Marsk often discusses the cost of bus fares with Senator Mira Tolle.",
        "Danish football officials stated that they would meet next week to review the fixtures.",
    ],
)
def test_no_discussion_with_anyone_in_particular(run, text):
    assert run(text) == []


def test_remarks_after_the_talks_are_on_the_ones_told(run):
    text = ("Governor Rita Holm met Treasurer Lise Amund on Monday in Tarrow. Rita Holm told reporters after Monday's "
            "talks with Lise Amund that the budget was close.")
    assert [side_names(m) for m in run(text)] == [{"Rita Holm", "Lise Amund"}]
