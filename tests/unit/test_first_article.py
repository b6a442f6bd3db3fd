"""The Enricher builds the tables articles read when it starts, so the first article waits for none."""

from __future__ import annotations

from spacy.language import Language

from streams.enrich.extractors.sentiment.lexicon import news_lexicon
from streams.enrich.pipeline import Enricher
from streams.enrich.vocabulary import places
from streams.ingest.article import Article

# A city the gazetteer knows is looked up, and statements are toned.
TEXT = (
    "Mayor Odile Vellacott of Tartu said on Monday that the new tram line was \"a great success for every"
    " district\".\n\n"
    "Transport director Ruben Castell said ridership had doubled since the spring."
)


def _misses() -> tuple[int, ...]:
    tables = (places._cities, places._capitals, places.country_names, news_lexicon)
    return tuple(table.cache_info().misses for table in tables)


def test_the_gazetteer_and_the_lexicon_are_built_at_the_start(nlp: Language) -> None:
    places._cities.cache_clear()
    Enricher(nlp, cache=None)
    assert places._cities.cache_info().currsize == 1
    assert news_lexicon.cache_info().currsize == 1


def test_an_article_after_the_start_builds_no_table(nlp: Language) -> None:
    enricher = Enricher(nlp, cache=None)
    before = _misses()
    enrichment = enricher.enrich(Article(id="t", text=TEXT))
    assert enrichment.statements and enrichment.statements[0].speaker.name == "Odile Vellacott"
    assert _misses() == before
    assert places.place_country("Tartu") == "EE"  # the gazetteer was there to ask
