"""A quotation with no attribution of its own goes on in the last speaker's voice, unless the narrative since put
someone else in focus: in the quote's own paragraph that person speaks; a paragraph back, the quote may be either
and is nobody's. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    "text",
    [
        (  # health: a narrative paragraph about another person between the quotes
            "The city hospital turned patients away on Monday.\n\n"
            "\u201cWe ran out of beds by noon,\u201d said Amaka Obi.\n\n"
            "Lars Berg, who runs the clinic next door, opened a second ward in 2019.\n\n"
            "\u201cNobody should wait on a trolley for two days.\u201d"
        ),
        (  # local politics
            "The town's bridge will stay closed until spring.\n\n"
            "\u201cThe budget will not cover the bridge,\u201d said Fatima Haddad.\n\n"
            "Oleksandr Kovalenko, the opposition leader, voted against the budget in March.\n\n"
            "\u201cWe have asked the province for a loan.\u201d"
        ),
        (  # sport: the other person put in focus at the end of the quoted speaker's own paragraph
            "Harbour City lost 3-0 at home on Saturday.\n\n"
            "\u201cWe were too slow in the first half,\u201d said Henrik Aalto. Priya Raghavan, the club's "
            "chairwoman, has promised money for new players.\n\n"
            "\u201cWe have to be braver on the ball.\u201d"
        ),
    ],
)
def test_a_quote_after_narrative_about_someone_else_is_nobodys(nlp: Language, text: str) -> None:
    assert speakers(nlp, text)[-1] is None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # business: the new voice set before the quote in its own paragraph
            "A small bicycle maker has become a big exporter.\n\n"
            "\u201cWe never expected to sell so many,\u201d said Diego Alvarez.\n\n"
            "Nguyen Thi Lan disagreed. \u201cThe market is already crowded.\u201d",
            "Nguyen Thi Lan",
        ),
        (  # farming
            "Drought has cut the maize crop in the south.\n\n"
            "\u201cThe rains came too late for the maize,\u201d said Tendai Moyo.\n\n"
            "Grace Mensah was less gloomy. \u201cWe will plant sorghum next season.\u201d",
            "Grace Mensah",
        ),
        (  # culture: nobody quoted just before, so the feature's narrative introduces the voice
            "A museum will show forty lost paintings this winter.\n\n"
            "Rafael Souza, a collector in Lisbon, lent six of the works.\n\n"
            "\u201cEvery one of them has a story.\u201d",
            "Rafael Souza",
        ),
        (  # courts: the quoted speaker the narrative between was about goes on
            "A fraud trial in the capital was adjourned on Thursday.\n\n"
            "\u201cThe evidence against my client is thin,\u201d said Chipo Mutasa.\n\n"
            "Mutasa has defended three of the accused since 2022.\n\n"
            "\u201cHe has never handled the accounts.\u201d",
            "Chipo Mutasa",
        ),
        (  # science: a body speaking on, the person named before its turn no new voice
            "Kenji Watanabe led the survey voyage along the ridge.\n\n"
            "The Kestrel Ocean Institute said: \u201cThe whole ridge is now mapped.\u201d\n\n"
            "\u201cTwo vents nobody had seen before were found on the last day.\u201d",
            "Kestrel Ocean Institute",
        ),
        (  # diplomacy: someone made a subject in the turn's own sentence is no new voice either
            "Trade talks between the two countries stalled again.\n\n"
            "\u201cOur door remains open,\u201d said Ilse Marrow, as Tomas Brel left the room.\n\n"
            "\u201cWe will table a new offer in March.\u201d",
            "Ilse Marrow",
        ),
    ],
)
def test_a_quote_goes_to_the_voice_the_narrative_leaves_in_focus(nlp: Language, text: str, person: str) -> None:
    assert speakers(nlp, text)[-1] == person
