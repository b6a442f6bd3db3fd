"""Names written family name first with a hyphenated given name: the whole name kept when the model labels
only the family name, and the family name romanised two ways still one person (`family_first`)."""

from __future__ import annotations

import pytest

from tests.unit.readers import speakers

WHOLE = [
    # diplomacy: the model may label the family name alone
    ('Foreign Minister Choi Min-jun will visit Lisbon next week. "We expect progress," Choi said.',
     "Choi Min-jun"),
    # labour: the model stops at a given name opening with an English word ("In")
    ('Labour Minister Moon In-sook will meet union leader Dara Bell on Friday. "Wages must rise," Moon said.',
     "Moon In-sook"),
    # business
    ('Chairman Hwang Dae-sik of the shipyard spoke on Monday. "Orders are up," Hwang said.', "Hwang Dae-sik"),
    # sport
    ('Coach Yoon Seok-ho named his squad. "The young players earned it," Yoon said.', "Yoon Seok-ho"),
    # science
    ('Researcher Seo Ji-hye led the trial. "The results were clear," Seo told reporters.', "Seo Ji-hye"),
    # local politics
    ('Mayor Bae Jung-won opened the bridge. "It links two districts," Bae said.', "Bae Jung-won"),
]

SLIPPED = [
    # economy: a letter added to the family name after the lede
    ('Growth will top eight pct, Planning Minister Chon Ye-jin told reporters. '
     '"Exports are strong," Chong added.', "Chon Ye-jin"),
    # labour: a letter dropped
    ('Union leader Hwangg Tae-oh called the strike. "We will not back down," Hwang said.', "Hwangg Tae-oh"),
    # sport: a letter changed
    ('Striker Yoon Sung-min scored twice. "The team played well," Yoom said.', "Yoon Sung-min"),
]

APART = [
    # a given name opening the name: a double surname, not a family name first
    ('Mayor Ana Ruiz-Lopez opened the park. "It is for everyone," Anna said.', "Anna"),
    # two family-first names: the slip fits both, so neither takes it
    ('Minister Chon Ye-jin met envoy Chun Ho-sik. "Talks went well," Chen said.', "Chen"),
    # the lone word is a person's own surname named in full
    ('Planning Minister Chon Ye-jin spoke first, then Dana Chong. "We agree," Chong said.', "Dana Chong"),
    # a three-letter family name: too short for a slip to tell
    ('Minister Seo Ji-hye spoke. "We agree," Seol said.', "Seol"),
    # a firm named in full keeps its short form, one slip from a family name or not
    ('Planning Minister Chon Ye-jin met Chong Textiles Corp on Monday. "Orders will grow," Chong said.',
     "Chong Textiles Corp"),
    # a hyphenated English word after a name is no given name
    ('Analyst Marta Ruiz praised the co-op. "Members gain," Ruiz said.', "Marta Ruiz"),
]


@pytest.mark.parametrize(("text", "person"), WHOLE + SLIPPED)
def test_a_family_name_first_is_the_whole_person(nlp, text: str, person: str) -> None:
    assert speakers(nlp, text)[-1] == person


@pytest.mark.parametrize(("text", "person"), APART)
def test_no_other_name_is_taken_for_a_family_name(nlp, text: str, person: str) -> None:
    assert speakers(nlp, text)[-1] == person
