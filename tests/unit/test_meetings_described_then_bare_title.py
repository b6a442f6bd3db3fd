"""A bare title after an unnamed holder was described: "X met the president of Tarnland ... X and the
president will meet again" is that same president, so the side reads as the fuller description.

Every sentence is invented. Publication date: Thursday 2026-03-12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.cast import cast_of
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.readers import side_names

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the bare title is the president described before
        ("Premier Nela Ostrova met the President of Peru in Lima on Monday.\n\n"
         "The Premier and the President will meet again in June, officials said.",
         {"Nela Ostrova", "President of Peru"}),
        ("Governor Pavo Lindqvist met the Health Minister of Ghana in Accra on Monday.\n\n"
         "Governor Lindqvist and the minister will meet again in June, aides said.",
         {"Pavo Lindqvist", "Health Minister of Ghana"}),
        # two presidents described: the bare title names neither
        ("Premier Nela Ostrova met the President of Peru and the President of Uruguay in Lima on Monday.\n\n"
         "Premier Ostrova and the President will meet again in June, officials said.",
         {"Nela Ostrova", "President"}),
        # a title the article never described stays as written
        ("Premier Nela Ostrova met the President of Peru in Lima on Monday.\n\n"
         "Premier Ostrova and the envoy will meet again in June, officials said.",
         {"Nela Ostrova", "envoy"}),
    ],
)
def test_planned_meeting_side_of_a_bare_title(run, text: str, sides: set[str]):
    [planned] = [m for m in run(text) if m.status == "planned"]
    assert side_names(planned) == sides


def test_cast_points_a_bare_title_at_the_fuller_description(nlp):
    doc = parse(Article(id="t", text="Senator Ivo Renk met the chairman of Tolmar Freight on Friday. "
                        "The chairman said little afterwards."), nlp).doc
    bare = next(t for t in doc if t.text == "chairman" and t.i > 8)
    fuller = cast_of(doc).described_before(bare)
    assert fuller is not None and fuller.i < bare.i and [c.lower_ for c in fuller.rights] == ["of"]
