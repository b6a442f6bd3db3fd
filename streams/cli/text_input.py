"""Options of the commands that read articles (`publish`, `enrich`): what plain text cannot say itself."""

from __future__ import annotations

import click

from streams.cli.common import fail
from streams.ingest.files import TextDefaults, single_text


def text_options(f):
    """`--id` and `--published-at` for articles that cannot say them: plain text (stdin or .txt)."""
    f = click.option("--published-at", metavar="DATE", default=None,
                     help="ISO date or datetime for articles that carry none (a plain text never does); "
                          "relative dates such as 'on Tuesday' resolve only with it.")(f)
    return click.option("--id", "article_id", metavar="ID", default=None,
                        help="Id of a single plain-text article (stdin or one .txt file). Default: the .txt "
                             "file's name, or for stdin `text-` + a hash of the text.")(f)


def text_defaults(source: str, article_id: str | None, published_at: str | None) -> TextDefaults:
    if article_id is not None and not single_text(source):
        fail("--id names one plain-text article: use it with `-` (stdin) or a single .txt file")
    return TextDefaults(id=article_id, published_at=published_at)
