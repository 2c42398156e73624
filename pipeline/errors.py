"""The one error hierarchy of AnodeKG.

The library raises these, chained to their cause, and never prints or exits. The CLI maps them to
exit codes in one place (``cli.reported``). Exit code 2 is left to the CLI library's usage errors.
"""

from __future__ import annotations

from collections.abc import Iterable

DEBUG_ENV = "ANODEKG_DEBUG"      # set by `anodekg --debug`: failures keep their tracebacks, in workers too
BRIEF = 160                      # characters of a third party's message worth showing a person


def brief(text: object, limit: int = BRIEF) -> str:
    """A message from a library, as one line of at most ``limit`` characters: a PDF parser's complaint
    can quote kilobytes of the file's raw dictionaries."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def did_you_mean(given: str, choices: Iterable[str]) -> str:
    """' (did you mean X?)' for the choice closest to a misspelled name, or '' when none is close."""
    import difflib
    names = list(choices)
    lowered = {name.lower(): name for name in names}
    close = difflib.get_close_matches(given.lower(), list(lowered), n=1, cutoff=0.6)
    return f" (did you mean {lowered[close[0]]!r}?)" if close else ""


class AnodeKGError(Exception):
    """Base of every error AnodeKG reports to a user."""

    exit_code = 1
    hint = ""

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message} — {self.hint}" if self.hint else message


class InputError(AnodeKGError):
    """A file or argument the user gave cannot be used."""

    exit_code = 3


class NotAPdf(InputError):
    hint = "check that the file is the paper's PDF"


class HtmlPage(NotAPdf):
    hint = "a downloader saved the web page instead of the paper: download the PDF itself"


class EmptyFile(InputError):
    hint = "the file is empty; download it again"


class EncryptedPdf(InputError):
    hint = "give the password with --password"


class NoTextLayer(InputError):
    hint = "it looks scanned; run OCR first (for example `ocrmypdf in.pdf out.pdf`)"


class BrokenPdf(InputError):
    hint = "the file is damaged beyond repair; download it again"


class TooLarge(InputError):
    hint = "raise --max-pages or --max-bytes if you trust this file"


class WorseCopy(InputError):
    hint = "the stored graph is kept; ingest with --replace to use this file anyway"


class ReadTimeout(InputError):
    hint = "the file may be pathological; raise --timeout if you trust it"


class QueryError(AnodeKGError):
    """A named query, a parameter or a SPARQL text is wrong."""

    exit_code = 4


class ShapeViolation(AnodeKGError):
    """A graph does not conform to ontology/shapes.ttl."""

    exit_code = 5

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report


class StoreError(AnodeKGError):
    """The store cannot be opened, read or written."""

    exit_code = 6


class InternalError(AnodeKGError):
    """AnodeKG itself failed on a file (a bug, not a bad input); the rest of a batch goes on."""

    exit_code = 1
    hint = "this is a bug in AnodeKG: please report it with the file (run with --debug for the traceback)"
