"""The meetings extractor's view of places: the shared gazetteer (`streams.enrich.vocabulary.places`)."""

from streams.enrich.vocabulary.places import (
    capital_country,
    country_capital,
    country_code,
    demonym_capital,
    former_state,
    is_known_place,
    place_country,
)

__all__ = ["capital_country", "country_capital", "country_code", "demonym_capital", "former_state", "is_known_place",
           "place_country"]
