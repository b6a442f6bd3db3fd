"""What the code knows about words and places, read from data: English's word index, given names and their
short forms, the gazetteer of countries, demonyms and cities, and the loader of the extractors' word lists.

Shared by the parse repairs, the cast, the extractors and the stories, so that a country or a given name is
one identity everywhere.
"""
