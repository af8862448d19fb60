"""Command line: ``python -m dashboard extract PATH... [--format json|csv|geojson] [--out FILE]``.

Exit codes: 0 when every input was read, 1 when some inputs were problems (the
rest is still written), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dashboard import export
from dashboard.pipeline import run

FORMATS = ("json", "csv", "geojson")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="drill-atlas", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract drill events from articles")
    ex.add_argument("paths", nargs="+", help="article files or folders (searched recursively)")
    ex.add_argument("--format", choices=FORMATS, default="json")
    ex.add_argument("--out", help="output file (default: standard output)")
    ex.add_argument(
        "--workers",
        type=int,
        default=0,
        help="processes that read and extract (default 0: one per CPU core)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.workers < 0:
        parser.error("--workers must be 0 (one per core) or more")
    result = run(args.paths, workers=args.workers or os.cpu_count() or 1)
    if args.format == "json":
        text = export.to_json(result.articles, result.events, result.problems)
    elif args.format == "csv":
        text = export.to_csv(result.events)
    else:
        text = export.to_geojson(result.events)
    if args.out:
        Path(args.out).write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
    else:
        sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))
    for problem in result.problems:
        print(f"problem: {problem.path}: {problem.error}", file=sys.stderr)
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
