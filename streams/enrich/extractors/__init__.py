"""The extractors: one module each, a pure function from a parsed article to records."""
