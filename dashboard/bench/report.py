"""The benchmark report: titled tables rendered as Markdown, plus the machine description."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Table:
    """A titled table; every row has one cell per header. ``notes`` print under it."""

    title: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *cells: object) -> None:
        """Append a row; cells are formatted with ``fmt``."""
        if len(cells) != len(self.headers):
            raise ValueError(f"{self.title}: {len(cells)} cells for {len(self.headers)} headers")
        self.rows.append([fmt(cell) for cell in cells])

    def to_markdown(self) -> str:
        lines = [f"### {self.title}", ""]
        lines.append("| " + " | ".join(self.headers) + " |")
        lines.append("|" + "|".join("---" for _ in self.headers) + "|")
        lines.extend("| " + " | ".join(row) + " |" for row in self.rows)
        if not self.rows:
            lines.append("| " + " | ".join("skipped" for _ in self.headers) + " |")
        for note in self.notes:
            lines.extend(["", note])
        return "\n".join(lines)


@dataclass
class Report:
    """One benchmark run: a heading, the machine, the options, then the tables."""

    heading: str
    machine: dict[str, str]
    options: str
    tables: list[Table] = field(default_factory=list)

    def table(self, title: str) -> Table:
        """The table with this title (KeyError if absent)."""
        for table in self.tables:
            if table.title == title:
                return table
        raise KeyError(title)

    def to_markdown(self) -> str:
        parts = [f"## {self.heading}", ""]
        parts.extend(f"- **{key}:** {value}" for key, value in self.machine.items())
        parts.extend([f"- **options:** `{self.options}`", ""])
        parts.extend(table.to_markdown() + "\n" for table in self.tables)
        return "\n".join(parts)


def fmt(value: object) -> str:
    """Cells: floats get 3 significant figures (thousands separated), None is a dash."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value == 0:
            return "0"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 1:
            return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"
        return f"{value:.3g}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def machine_description(repo: Path | None = None) -> dict[str, str]:
    """CPU model, core count, RAM, Python and OS versions, and the git commit measured."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in _read("/proc/cpuinfo").splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    mem_kb = next(
        (
            int(line.split()[1])
            for line in _read("/proc/meminfo").splitlines()
            if line.startswith("MemTotal:")
        ),
        0,
    )
    commit = "unknown"
    if repo is not None:
        try:
            commit = (
                subprocess.run(
                    ["git", "-C", str(repo), "rev-parse", "--short", "HEAD"],
                    capture_output=True,
                    text=True,
                    timeout=10,
                    check=False,
                ).stdout.strip()
                or "unknown"
            )
        except OSError:
            commit = "unknown"
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count() or 1),
        "RAM": f"{mem_kb / 1024 / 1024:.1f} GiB",
        "Python": sys.version.split()[0],
        "OS": f"{platform.system()} {platform.release()}",
        "commit": f"{commit} (plus uncommitted changes, if any)",
    }
