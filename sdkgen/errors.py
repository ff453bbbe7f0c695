"""What can go wrong while turning a spec into SDKs, and where.

    SdkgenError                  fatal: printed as one line, exit 1, nothing written
     +-- SpecError               the spec itself is unusable (parse, $ref, structure)
     +-- ConfigError             the command line or the options are wrong
     |    +-- ReleaseError       a version that does not fit the changes since the last release
     |                           (the breaking changes follow its line, one per line)
     +-- BuildError              the spec was fine but a stage could not finish

Every spec problem is a `Diagnostic`: the file, a JSON pointer into it, and a message.
Warnings are Diagnostics that are collected and printed together; errors carry one or
more Diagnostics inside a SpecError.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, kw_only=True, order=True)
class Diagnostic:
    """One problem in a spec, located by file and JSON pointer."""

    file: str
    pointer: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        pointer = self.pointer or "#"
        if not pointer.startswith("#"):
            pointer = "#" + pointer
        return f"{printable(self.file)}: {printable(pointer)}: {one_line(self.message)}"


def printable(text: str) -> str:
    """Spec-chosen names (in pointers) shown with line breaks and controls escaped, so one
    diagnostic stays one line and cannot paint a fake one."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


def one_line(text: str, limit: int = 300) -> str:
    """Fold a message onto one line so each diagnostic stays greppable."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class SdkgenError(Exception):
    """A fatal problem; its str() is the one line the CLI prints."""


class SpecError(SdkgenError):
    """The spec cannot be understood; holds every error found, and the warnings found before."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(diagnostics)
        self.warnings: list[Diagnostic] = []
        super().__init__("\n".join(str(d) for d in self.diagnostics))

    @classmethod
    def at(cls, file: str, pointer: str, message: str) -> SpecError:
        return cls([Diagnostic(file=file, pointer=pointer, message=message)])


class ConfigError(SdkgenError):
    """Options or arguments that cannot work together."""


class ReleaseError(ConfigError):
    """A version that does not fit the API's changes; `details` lists them, one per line."""

    def __init__(self, message: str, details: list[str]) -> None:
        self.details = details
        super().__init__(message)


class BuildError(SdkgenError):
    """A later stage (rendering, formatting, writing) failed."""
