"""A paper put out at a body's own sitting speaks for that body: "after a meeting of X envoys, a statement was
issued", "a communique issued after a ministerial session" after X's ministers spoke; a later "the
statement" is the same voice. A paper issued after some other event, or at a meeting with someone, speaks for no
one new. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(("text", "said"), [
    pytest.param(
        "After a snap meeting of Nordic Council delegates, a statement was issued saying \"the blockade hurts"
        " all of us.\"\n\nThe statement said the dispute had reached a dangerous stage.",
        ["Nordic Council", "Nordic Council"],
        id="envoys-of-a-bloc/diplomacy",
    ),
    pytest.param(
        "After a closed session of Tarrow Rovers directors, a statement was issued saying the manager would stay."
        "\n\nThe statement said transfer funds would rise.",
        ["Tarrow Rovers", "Tarrow Rovers"],
        id="a-club-board-session/sport",
    ),
    pytest.param(
        "Following a meeting of Lanmark Physics Society fellows, a statement was released saying the telescope"
        " grant was welcome.\n\nThe statement said observations would begin in spring.",
        ["Lanmark Physics Society", "Lanmark Physics Society"],
        id="a-learned-society/science",
    ),
    pytest.param(
        "Trade Ministers of the Andean Fisheries Pact said they expected higher quotas.\n\n"
        "A communique issued after a three-day ministerial session said the pact wanted new markets.",
        ["Andean Fisheries Pact trade ministers", "Andean Fisheries Pact"],
        id="a-ministerial-meeting-after-the-ministers-spoke/trade",
    ),
])
def test_a_sittings_paper_speaks_for_its_body(nlp: Language, text: str, said: list[str | None]) -> None:
    assert speakers(nlp, text) == said


@pytest.mark.parametrize(("text", "said"), [
    pytest.param("Officials said the talks would resume.", [None], id="bare-officials/politics"),
    pytest.param("Japanese officials said the tariff would stay.", [None], id="a-nationality/trade"),
    pytest.param("Tokyo said the tariff would stay.", ["Tokyo"], id="a-capital-for-its-government/diplomacy"),
    pytest.param("A statement issued after the match said the referee had erred.", [None], id="no-sitting/sport"),
    pytest.param(
        "After a meeting with the mayor, a statement was issued saying the road must close.",
        [None],
        id="a-meeting-with-someone/local",
    ),
])
def test_no_sitting_body_no_voice(nlp: Language, text: str, said: list[str | None]) -> None:
    assert speakers(nlp, text) == said
