"""A he/she after a body's unnamed spokesperson speaks for the body, whether the spokesperson first did
something other than speak ("would not say", "declined to") or the writer went on with "she" after a
"spokesman"; a person named since, another unnamed subject since, a named spokesperson, a spokesperson for a
person and one too far back leave the pronoun to the other rules. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "body"),
    [
        (
            "Talks between Velmar Corp and Ostrum Inc were delayed this week.\n\n"
            "A Velmar spokeswoman declined to say whether a snag had come up. She kept to the firm's line that "
            'the work was complex. "We simply need more time," she said.',
            "more time",
            "Velmar Corp",
        ),
        (
            "Brakon Inc plans to buy the printer unit of Delco Group, an analyst said.\n\n"
            "A spokesman at Brakon said the firm hopes to close the deal by June. She would not give "
            "the price, but noted that the unit earned five mln dlrs last year.",
            "five mln",
            "Brakon Inc",
        ),
        (
            "The Harwick Rovers board met on Friday to weigh the bid.\n\n"
            "A club spokesman declined to name the bidder. He said the board would reply within a week.",
            "within a week",
            "Harwick Rovers",
        ),
    ],
)
def test_a_pronoun_after_a_spokesperson_speaks_for_the_body(
    nlp: Language, text: str, fragment: str, body: str
) -> None:
    assert speaker_of(nlp, text, fragment) == body


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # a person named since is whom "she" refers to
            "Talks between Velmar Corp and Ostrum Inc were delayed.\n\n"
            "A Velmar spokeswoman declined comment. Analyst Jane Poole said the delay was normal. "
            '"Deals this size take time," she said.',
            "take time",
            "Jane Poole",
        ),
        (  # someone unnamed spoke since: that person, left unnamed
            "Talks between Velmar Corp and Ostrum Inc were delayed.\n\n"
            "A Velmar spokeswoman declined comment. An analyst said the delay was normal. "
            '"Deals this size take time," she said.',
            "take time",
            None,
        ),
        (  # too far back: the narrative moved on
            "Talks between Velmar Corp and Ostrum Inc were delayed.\n\n"
            "A Velmar spokeswoman declined comment. The talks began in May. The two firms employ 900 people. "
            'Shares fell on Tuesday. "Deals this size take time," she said.',
            "take time",
            None,
        ),
        (  # a named spokesperson is that person
            "Talks between Velmar Corp and Ostrum Inc were delayed.\n\n"
            'A Velmar spokeswoman, Ana Roy, declined comment. She said later that "deals this size take time."',
            "take time",
            "Ana Roy",
        ),
        (  # a spokesperson for a person speaks for that person, as before
            "Talks between Velmar Corp and Ostrum Inc were delayed.\n\n"
            "A spokesman for Mayor Tom Reed declined comment. He said the city was not a party to the talks.",
            "not a party",
            "Tom Reed",
        ),
    ],
)
def test_the_pronoun_is_left_to_the_other_rules(
    nlp: Language, text: str, fragment: str, speaker: str | None
) -> None:
    assert speaker_of(nlp, text, fragment) == speaker
