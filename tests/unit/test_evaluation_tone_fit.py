"""Choosing the tone's numbers on a grid, and the leave-one-article-out estimate of that choice."""

from __future__ import annotations

from types import ModuleType

import pytest

from streams.evaluation.tone_fit import ARTICLE_GRID, _settings, choose, cross_validate, only, shipped

# Three settings of one parameter; items 0-1 are article 0, items 2-3 article 1, items 4-5 article 2.
GROUPS = [0, 0, 1, 1, 2, 2]


def test_the_left_out_article_does_not_vote_for_its_own_setting() -> None:
    hits = {
        (1.0,): [0, 0, 1, 1, 1, 0],
        (2.0,): [1, 1, 1, 1, 1, 0],  # best overall only thanks to article 0
        (3.0,): [0, 0, 1, 1, 1, 1],
    }
    fit = cross_validate(hits, GROUPS, keep=(1.0,), plain=(1.0,))
    assert fit.chosen == (2.0,)
    assert choose(hits, GROUPS, (1.0,), (1.0,), leave_out=0) == (3.0,)
    assert fit.cross_validated[:2] == [0, 0]  # article 0 is predicted by a setting fitted without it
    assert sum(fit.cross_validated) < sum(fit.in_sample)


def test_a_tie_keeps_the_shipped_setting_then_the_plainest() -> None:
    hits = {(1.0, 0.5): [1, 0, 1], (2.0, 0.5): [1, 1, 0], (2.0, 1.0): [0, 1, 1]}
    groups = [0, 1, 2]
    assert choose(hits, groups, keep=(2.0, 1.0), plain=(1.0, 0.5), leave_out=None) == (2.0, 1.0)
    assert choose(hits, groups, keep=(9.0, 9.0), plain=(1.0, 0.5), leave_out=None) == (1.0, 0.5)
    assert choose(hits, groups, keep=(9.0, 9.0), plain=(2.0, 1.0), leave_out=None) == (2.0, 1.0)


def test_settings_are_restored_after_scoring_and_must_be_on_the_grid() -> None:
    module = ModuleType("fake_tone")
    module.THRESHOLD = 0.1
    grid = {(module, "THRESHOLD"): (0.05, 0.1, 0.2)}
    with _settings(grid, (0.2,)):
        assert module.THRESHOLD == 0.2
    assert module.THRESHOLD == 0.1
    assert shipped(grid) == (0.1,)
    module.THRESHOLD = 0.3
    with pytest.raises(ValueError, match="THRESHOLD"):
        shipped(grid)


def test_only_grids_the_named_settings_and_rejects_unknown_names() -> None:
    grid = only(ARTICLE_GRID, "TOP_LEAN,LEDE_WEIGHT")
    assert sorted(name for _, name in grid) == ["LEDE_WEIGHT", "TOP_LEAN"]
    assert all(grid[key] == ARTICLE_GRID[key] for key in grid)
    with pytest.raises(ValueError, match="NO_SUCH"):
        only(ARTICLE_GRID, "TOP_LEAN,NO_SUCH")
