"""Article-provided text (ids, titles, quotes, names) made safe for a terminal and a log file.

An id such as "a1\\n[CRITICAL] forged" would otherwise write a forged log line, and
"\\x1b]0;…\\x07" would retitle the operator's terminal or clear the screen. Control
characters (and the Unicode line and paragraph separators) are shown as Python escapes, so
the text stays readable and every log record stays one line.
"""

from __future__ import annotations

import logging
import re
import traceback

from rich.markup import escape

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def controls_escaped(text: str) -> str:
    """`\\n`, `\\x1b`, `\\u2028`…: visible, and never a line break or a terminal command."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def for_terminal(text: str) -> str:
    """For rich output with markup on: control characters escaped, and `[…]` shown as written."""
    return escape(controls_escaped(text))


class _SafeTracebackException(traceback.TracebackException):
    def format_exception_only(self, **kwargs: object):  # type: ignore[override]
        for chunk in super().format_exception_only(**kwargs):
            yield controls_escaped(chunk.removesuffix("\n")) + "\n"


class SafeLogRecord(logging.LogRecord):
    """A log record whose message, and exception message, cannot break the line or reach the terminal.

    Installed as the record factory, so it covers Faust's, aiokafka's and Newswire's loggers
    alike, whatever handlers and formatters they set up.
    """

    def getMessage(self) -> str:
        return controls_escaped(super().getMessage())

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if self.exc_info and self.exc_info[1] is not None and not self.exc_text:
            # Formatters use a ready exc_text as is; the frames are code, the message may be article data.
            self.exc_text = "".join(_SafeTracebackException(*self.exc_info).format()).removesuffix("\n")


def install_log_escaping() -> None:
    logging.setLogRecordFactory(SafeLogRecord)
