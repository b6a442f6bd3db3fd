"""Parse repairs: pipeline components that mend the small model's reading of names and verbs before any
extractor sees the parse.

Each one fixes a single self-contradicting shape the model produces (a dateline run into the lede, a name cut
at a hyphen, a parenthetical "said" read as a noun, a verb read as a modifier or as part of a name phrase in a
sentence left without a verb, an object read as a predicate, a verb inside a name's span), so every reader
of `doc.ents` and the tree (the cast, statements, meetings) sees the same mended parse.
`streams.enrich.nlp` adds them to the pipeline in order.
"""
