"""Enrichment core: parse once (`nlp`, mended by `repairs`, made cheaper by `speedups`), read the article's
cast (`cast`), then the statements, meetings and sentiment extractors (`extractors`), run in that order by
`pipeline` into the records of `model`; `vocabulary` holds the word lists and gazetteers they all share."""
