"""What an HSDS import did: counts, the rows it refused (file, line, reason) and what the model does not keep."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _


@dataclass
class Problem:
    source: str
    line: int | str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


@dataclass
class ImportReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    # Rows the package holds as the directory already does: neither saved nor given a history entry.
    unchanged: Counter = field(default_factory=Counter)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    not_kept: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0
    # The file as a whole was refused (a limit, not a package, nothing in it): no row was read.
    nothing_imported: bool = False

    def error(self, source: str, line: int | str, reason: str) -> None:
        self.errors.append(Problem(source, line, reason))

    def warn(self, source: str, line: int | str, reason: str) -> None:
        self.warnings.append(Problem(source, line, reason))

    def summary_lines(self) -> list[str]:
        """The report as lines for a terminal or the admin's result page."""
        lines = []
        for kind in sorted(set(self.created) | set(self.updated)):
            lines.append(
                _("%(kind)s: %(created)d created, %(updated)d updated")
                % {"kind": kind, "created": self.created[kind], "updated": self.updated[kind]}
            )
        if self.unchanged:
            lines.append(
                _("Unchanged (already as in the file): %(counts)s")
                % {"counts": ", ".join(f"{kind} {count}" for kind, count in sorted(self.unchanged.items()))}
            )
        for source, columns in sorted(self.not_kept.items()):
            lines.append(
                _("Not kept (the directory does not hold it): %(source)s %(columns)s")
                % {"source": source, "columns": ", ".join(columns)}
            )
        lines += [_("Warning: %(problem)s") % {"problem": problem} for problem in self.warnings]
        lines += [_("Error: %(problem)s") % {"problem": problem} for problem in self.errors]
        return lines

    def as_dict(self) -> dict:
        """A JSON-serialisable form, for a background task's result."""
        return {
            "created": dict(self.created),
            "updated": dict(self.updated),
            "unchanged": dict(self.unchanged),
            "errors": [str(problem) for problem in self.errors],
            "warnings": [str(problem) for problem in self.warnings],
            "not_kept": self.not_kept,
            "summary": self.summary_lines(),
            "seconds": round(self.seconds, 2),
            "nothing_imported": self.nothing_imported,
        }
