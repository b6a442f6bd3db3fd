"""The bundled demo's output as streams/samples/README.md describes it: the first screen a user sees.

Every sample is enriched whole; its meetings must be exactly those listed (participants with the titles
the text gives them, place, date, status, mode) and every quotation the README mentions must go to the
speaker the text names (None where the text names nobody).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams.enrich.model import Enrichment
from streams.enrich.pipeline import Enricher
from streams.ingest.validate import article_from_mapping

SAMPLES = Path(__file__).resolve().parents[2] / "streams" / "samples"

# sample -> meetings: (participants {name: title}, place, date as written, status, mode)
MEETINGS: dict[str, list[tuple[dict[str, str | None], str | None, str | None, str, str]]] = {
    "01": [(
        {
            "Kari Enevold": "Norwegian Foreign Minister",
            "Tomás Ferrada": "Chilean counterpart",
            "Halvard Bruun": "Deputy Trade Minister",
            "Lucía Arancibia": "Chilean Ambassador",
            "Petter Lien": "fisheries adviser",
        },
        "Oslo", "Tuesday", "held", "in_person",
    )],
    "02": [(
        {"Daniel Whitcombe": "New Zealand Prime Minister", "Kenji Morisaki": "Japanese Prime Minister"},
        None, "Monday", "held", "phone",
    )],
    "03": [(
        {"Aidos Temirkhanov": "Kazakh Foreign Minister", "Dilnoza Rakhimova": "Uzbek Foreign Minister"},
        "Geneva", "March 16 and 17", "planned", "in_person",
    )],
    "04": [(
        {"Marcos Teixeira": "Brazilian President", "Julián Ocampo": "Argentine counterpart"},
        "Buenos Aires", "Friday", "cancelled", "in_person",
    )],
    "05": [(
        {
            "Maya Oduya": "chief executive of Calder Rail Systems",
            "Graham Pell": None,
            "Anika Roy": None,
            "Tomasz Wielgus": None,
            "Claire Ashdown": None,
            "Femi Okonjo": None,
        },
        "Manchester", "Wednesday", "held", "in_person",
    )],
    "06": [],
    "07": [],
    "08": [
        (
            {
                "Henrike Vogler": "director-general of the Danube Waterways Authority",
                "Matej Horvat": "chair of the Alpine Rail Freight Alliance",
                "Irina Costache": "secretary-general of the Black Sea Ports Council",
            },
            None, "Thursday", "held", "video",
        ),
        (
            {
                "Henrike Vogler": "director-general of the Danube Waterways Authority",
                "Matej Horvat": "chair of the Alpine Rail Freight Alliance",
                "Irina Costache": "secretary-general of the Black Sea Ports Council",
            },
            "Budapest", "February", "planned", "in_person",
        ),
    ],
}

# sample -> [(words of the quotation, speaker's name or None, speaker's title)]
SPEAKERS: dict[str, list[tuple[str, str | None, str | None]]] = {
    "01": [
        ("settled by experts", "Kari Enevold", "Norwegian Foreign Minister"),
        ("the same warming oceans", "Tomás Ferrada", "Chilean counterpart"),
        ("antibiotic use", "Tomás Ferrada", "Chilean counterpart"),  # "he noted"
        ("travel to Chile", "Kari Enevold", "Norwegian Foreign Minister"),
    ],
    "02": [
        ("New Zealand remained committed", "Daniel Whitcombe", "New Zealand Prime Minister"),
        ("through the existing channels", "prime minister's office", None),  # "the statement said"
        ("frank and friendly", "Takeshi Hanaoka", "Japanese government spokesman"),
        ("the conversation had been constructive", "Hannah Price", "spokeswoman for the prime minister"),
        ("a phone call was not enough", "Rawiri Kemp", "Opposition trade spokesman"),
    ],
    "03": [
        ("agreed on most of the data", "Dilnoza Rakhimova", "Uzbek Foreign Minister"),  # "According to X"
        ("Both sides want a deal", "Farid Usmonov", "veteran diplomat"),  # "the diplomat said"
        ("early-warning system", "Yerlan Abenov", "Kazakh foreign ministry spokesman"),
    ],
    "04": [
        ("I will not travel to Buenos Aires", "Marcos Teixeira", "Brazilian President"),
        ("regretted the decision", "Julián Ocampo", "Argentine counterpart"),
        ("a serious mistake", "Valeria Sosa", "Argentine Foreign Minister"),
        ("Every week of this conflict", "Renato Figueiredo", "head of a São Paulo auto parts association"),
    ],
    "05": [
        ("an outstanding year", "Maya Oduya", "chief executive of Calder Rail Systems"),
        ("Five years ago", "Graham Pell", None),
        ("the most productive roundtable", "Anika Roy", None),
        ("a wonderful example", "Tomasz Wielgus", None),
    ],
    "06": [
        ("had frozen the local assets", "Ecuador's foreign ministry", None),
        ("Ecuador will not tolerate", "Ecuador's foreign ministry", None),
        ("fishing without permits", "Peru's foreign ministry", None),
        ("no longer a quarrel about fish", None, None),  # a paragraph-long quotation nobody is named for
        ("suspend preferential tariffs", "Gabriela Moncayo", "Ecuadorian Trade Minister"),
    ],
    "07": [
        ("a turning point", "Samuel Achterberg", None),  # "Her colleague Dr X" is no title
        ("None of this means the models were wrong", "Isla Brannock", "Professor"),  # over two paragraphs
        ("on the stage", "Leila Farahani", None),
        ("painful but unavoidable", "Samuel Achterberg", None),
    ],
    "08": [
        ("three separate worlds", "Henrike Vogler", "director-general of the Danube Waterways Authority"),
        ("Rail can carry more", "Matej Horvat", "chair of the Alpine Rail Freight Alliance"),  # « »
        ("locked in different systems", "Irina Costache", "secretary-general of the Black Sea Ports Council"),
        ("financing would be discussed", "Danube Waterways Authority", "spokesman"),
    ],
}


@pytest.fixture(scope="module")
def outputs(enricher: Enricher) -> dict[str, Enrichment]:
    found = {}
    for path in sorted(SAMPLES.glob("*.json")):
        article = article_from_mapping(json.loads(path.read_text(encoding="utf-8")))
        found[path.name[:2]] = enricher.enrich(article)
    return found


def test_every_bundled_sample_has_an_expected_output(outputs: dict[str, Enrichment]) -> None:
    assert sorted(outputs) == sorted(MEETINGS) == sorted(SPEAKERS)


@pytest.mark.parametrize("sample", sorted(MEETINGS))
def test_the_samples_meetings(outputs: dict[str, Enrichment], sample: str) -> None:
    got = [
        (
            {p.name: p.title for p in m.participants},
            m.location.name if m.location else None,
            m.date.text if m.date else None,
            m.status,
            m.mode,
        )
        for m in outputs[sample].meetings
    ]
    assert got == MEETINGS[sample]


@pytest.mark.parametrize("sample", sorted(SPEAKERS))
def test_the_samples_speakers(outputs: dict[str, Enrichment], sample: str) -> None:
    statements = outputs[sample].statements
    for words, name, title in SPEAKERS[sample]:
        said = [s for s in statements if words in s.quote]
        assert len(said) == 1, words
        speaker = said[0].speaker
        assert (speaker.name if speaker else None, speaker.title if speaker else None) == (name, title), words
