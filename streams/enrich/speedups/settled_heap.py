"""The loaded model and lexicons taken out of the garbage collector's full passes, once per process.

Why: a process holding the model tracks ~140,000 long-lived objects (the pipeline, its vocabulary
and tables, the lexicons), and every full collection walks all of them again: ~100–150 ms each,
about one per 40 articles, billed to whichever stage happens to be running (meetings under
`enrich`, sentiment under `enrich_many`), 1.5–4 ms per article on average. None of those objects
ever becomes garbage, so walking them finds nothing. `gc.freeze` moves them to the permanent
generation, where full collections no longer look; what is allocated afterwards (parses, casts,
memos) is collected as before. docs/performance.md, "Where the cast's saved time went".

Once per process, not per Enricher: a frozen object that later becomes garbage in a reference cycle is
never collected. A process serves with one Enricher, but one that makes many (the test suite makes ~15)
froze whatever it held at each and kept what of it later became garbage for good: ~9,000 objects over 15
test files, against ~350 freezing once (peak memory was within noise; docs/performance.md,
"First-article latency").
"""

from __future__ import annotations

import gc

_settled = False


def freeze_survivors() -> None:
    """Collects the garbage there is now (so none is kept for good), then freezes every survivor."""
    gc.collect()
    gc.freeze()


def settle_heap() -> None:
    """`freeze_survivors` the first time the process asks; later calls do nothing."""
    global _settled
    if not _settled:
        _settled = True
        freeze_survivors()
