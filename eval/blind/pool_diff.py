"""Which articles of an unannotated pool a change moves: compare the events two revisions emit for the same items.

Why: a rule written from two annotated articles may fire in one article of a thousand, and a closed set of 40 then
shows nothing either way. Enriching a large unannotated pool before and after a change (`newswire enrich POOL_DIR >
before.jsonl`, in each revision's checkout) and reading every article it moves tells how often the change fires and
whether what it moves gets better. The pool's items are drawn like a blind set (`draw_reuters.py --count 1000`) and
their ids are listed in `used_reuters_ids.txt`, so no blind set draws them later.

Usage: python eval/blind/pool_diff.py BEFORE.jsonl AFTER.jsonl [--list]
(`--list` prints, per moved article, the statements (quote, speaker) and meetings (sides, status, mode) that only one
side has.)
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

Events = dict[str, dict[str, set[tuple]]]


def read_events(path: Path) -> Events:
    """Per article, its statements as (quote, speaker name) and its meetings as (sorted sides, status, mode)."""
    found: Events = defaultdict(lambda: {"statements": set(), "meetings": set()})
    for line in path.read_text().splitlines():
        event = json.loads(line)
        if event["type"] == "statement":
            speaker = (event.get("speaker") or {}).get("name")
            found[event["article_id"]]["statements"].add((event["quote"], speaker))
        elif event["type"] == "meeting":
            sides = tuple(sorted(p["name"] for p in event["participants"]))
            found[event["article_id"]]["meetings"].add((sides, event["status"], event["mode"]))
    return found


def moved(before: Events, after: Events) -> dict[str, dict[str, tuple[set[tuple], set[tuple]]]]:
    """Per moved article and kind ("statements", "meetings"): what only the first run has, what only the second."""
    found: dict[str, dict[str, tuple[set[tuple], set[tuple]]]] = {}
    for article in sorted(set(before) | set(after)):
        for kind in ("statements", "meetings"):
            lost, gained = before[article][kind] - after[article][kind], after[article][kind] - before[article][kind]
            if lost or gained:
                found.setdefault(article, {})[kind] = (lost, gained)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--list", action="store_true", help="print what each moved article lost and gained")
    args = parser.parse_args()
    before, after = read_events(args.before), read_events(args.after)
    changes = moved(before, after)
    for article, kinds in changes.items() if args.list else ():
        for kind, (lost, gained) in kinds.items():
            print(f"{article} {kind} lost: {sorted(lost)}\n{article} {kind} gained: {sorted(gained)}")
    counts = {kind: sum(kind in kinds for kinds in changes.values()) for kind in ("statements", "meetings")}
    print(f"{len(set(before) | set(after))} articles; statements moved in {counts['statements']}, "
          f"meetings moved in {counts['meetings']}")

if __name__ == "__main__":
    main()
