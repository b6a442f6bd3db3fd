"""A blind set must not hold a story the team has read under another id: a story filed again with a line
changed is the same story, a different story on the same beat is not. Invented texts."""

from __future__ import annotations

from pathlib import Path

from eval.blind.draw_reuters import Stories, listed_ids

_FIRST = (
    "The Harwick District Council voted on Tuesday to close two branch libraries in the spring, saying the "
    "county grant had fallen by a fifth. Council leader Mira Osei said the vote was the hardest of her term and "
    "that mobile libraries would visit both villages twice a week until the end of the year."
)
_FILED_AGAIN = _FIRST.replace("on Tuesday", "late on Tuesday") + " A protest is planned for Saturday."
_SAME_BEAT = (
    "The Pellow Valley Council agreed on Wednesday to keep its swimming pool open through the winter after a "
    "local trust offered to pay the heating bill. Deputy leader Aldo Brix said the trust's offer had come in the "
    "last week of the budget round and that the pool would now stay open until at least next October."
)


def test_a_story_filed_again_is_seen() -> None:
    stories = Stories()
    stories.add(_FIRST)
    assert stories.seen(_FILED_AGAIN)


def test_another_story_on_the_same_beat_is_not_seen() -> None:
    stories = Stories()
    stories.add(_FIRST)
    assert not stories.seen(_SAME_BEAT)


def test_nothing_is_seen_before_any_story() -> None:
    assert not Stories().seen(_FIRST)


def test_listed_ids_skip_set_names_and_comments(tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("# sets drawn so far\nQ 11 12  # the first\nQQ 13\n\n")
    assert listed_ids(ids) == {"11", "12", "13"}


def test_the_kept_ids_name_no_item_twice() -> None:
    kept = Path(__file__).parents[2] / "eval" / "blind" / "used_reuters_ids.txt"
    rows = [line.split() for line in kept.read_text().splitlines() if line and not line.startswith("#")]
    every = [item for row in rows for item in row[1:]]
    assert len(rows) >= 11 and len(every) == len(set(every)) == len(listed_ids(kept))
