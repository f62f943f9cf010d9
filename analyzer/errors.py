"""The one family of errors the analyzer raises.

Every message says what happened, the likely cause, and what the user can do about it. The CLI
and the app print ``str(error)`` as it is; they never show a traceback for these.
"""

from __future__ import annotations


class AnalyzerError(Exception):
    """Base class. ``code`` is stable and can be matched on; ``str()`` is the user message."""

    code = "analyzer_error"

    def __init__(self, what: str, *, cause: str = "", fix: str = "", filename: str | None = None) -> None:
        self.what = what
        self.cause = cause
        self.fix = fix
        self.filename = filename
        super().__init__(self.message)

    def __reduce__(self) -> tuple[object, ...]:
        """Errors cross from the worker processes that read PDFs: keep what, cause and fix."""
        return (_rebuild, (type(self), self.what, self.cause, self.fix, self.filename))

    @property
    def message(self) -> str:
        prefix = f"{self.filename}: " if self.filename else ""
        parts = [prefix + self.what.rstrip(".") + "."]
        for sentence in (self.cause, self.fix):
            if sentence:
                parts.append(sentence[:1].upper() + sentence[1:].rstrip(".") + ".")
        return " ".join(parts)


class EmptyFileError(AnalyzerError):
    code = "empty_file"


class UnsupportedFileError(AnalyzerError):
    code = "unsupported_file"


class CorruptFileError(AnalyzerError):
    code = "corrupt_file"


class EncryptedFileError(AnalyzerError):
    code = "encrypted_file"


class ScannedDocumentError(AnalyzerError):
    code = "scanned_without_ocr"


class NoTextError(AnalyzerError):
    code = "no_text"


class LimitExceededError(AnalyzerError):
    code = "limit_exceeded"


class LensError(AnalyzerError):
    code = "bad_lens"


def _rebuild(
    cls: type[AnalyzerError], what: str, cause: str, fix: str, filename: str | None
) -> AnalyzerError:
    return cls(what, cause=cause, fix=fix, filename=filename)
