"""The loaded model and lexicons taken out of the garbage collector's full passes.

Why: a process holding the model tracks ~140,000 long-lived objects (the pipeline, its vocabulary
and tables, the lexicons), and every full collection walks all of them again: ~100–150 ms each,
about one per 40 articles, billed to whichever stage happens to be running (meetings under
`enrich`, sentiment under `enrich_many`), 1.5–4 ms per article on average. None of those objects
ever becomes garbage, so walking them finds nothing. `gc.freeze` moves them to the permanent
generation, where full collections no longer look; what is allocated afterwards (parses, casts,
memos) is collected as before. docs/performance.md, "Where the cast's saved time went".
"""

from __future__ import annotations

import gc


def settle_heap() -> None:
    """Collects the garbage there is now (so none is kept for good), then freezes every survivor."""
    gc.collect()
    gc.freeze()
