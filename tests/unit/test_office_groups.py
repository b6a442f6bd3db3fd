"""Ministers of a named body or country speaking as one group, and the pronouns and documents after them."""

from __future__ import annotations

import pytest

from streams.enrich.pipeline import Enricher
from streams.ingest.article import Article


def _speakers(enricher: Enricher, text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in enricher.enrich(Article(id="t", text=text)).statements]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (  # diplomacy: the group, its "they" in the next sentence, and a shorter writing of it
            "The summit closed on Friday.\n\nVelmar League foreign ministers met in Porvala. They said the border "
            "talks would resume in May.\n\nThe Velmar League ministers said a new envoy would be named.",
            "Velmar League foreign ministers",
        ),
        (  # health, a body written in initials
            "The meeting ended.\n\nNDC health ministers said on Monday that clinics would open in ten towns.",
            "NDC health ministers",
        ),
        (  # business: a country's ministers
            "Markets were calm.\n\nCaldoria finance ministers said they would cut the fuel tax next year.",
            "Caldoria finance ministers",
        ),
    ],
)
def test_ministers_of_a_named_body_speak_as_the_group_written(enricher: Enricher, text: str, group: str) -> None:
    assert _speakers(enricher, text) and set(_speakers(enricher, text)) == {group}


def test_it_after_a_groups_statement_keeps_the_groups_voice(enricher: Enricher) -> None:
    text = (
        "Talks ended on Friday.\n\nGKA trade ministers put out a communique on Friday. The communique said quotas "
        'were unfair.\n\n"The new rules would hurt growers," it said.\n\nAny tariff would be answered, it said.'
    )
    assert _speakers(enricher, text) == ["GKA trade ministers"] * 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers from ten countries said they would meet again.",
        "Western finance ministers said they would act.",
        "Japanese ministers said the vote was delayed.",
        "The ministers said the plan was fair.",
    ],
)
def test_ministers_with_no_named_body_stay_unattributed(enricher: Enricher, sentence: str) -> None:
    assert _speakers(enricher, "The session closed.\n\n" + sentence) == [None]


def test_officials_of_a_named_body_still_speak_for_the_body(enricher: Enricher) -> None:
    text = "The season was delayed.\n\nBrindle League officials said the first match would move to June."
    assert _speakers(enricher, text) == ["Brindle League"]
