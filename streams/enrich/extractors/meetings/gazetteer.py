"""The meetings extractor's view of places: the cast's gazetteer (`streams.enrich.cast.places`)."""

from streams.enrich.cast.places import country_capital, country_code, is_known_place, place_country

__all__ = ["country_capital", "country_code", "is_known_place", "place_country"]
