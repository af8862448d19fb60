"""Command line of the benchmark.

``python -m dashboard.bench generate N --out DIR [--seed S]`` writes N synthetic
articles and ``DIR/truth.jsonl``.

``python -m dashboard.bench run [--sizes 100,1000,10000] [--out BENCHMARKS.md]``
measures, prints the report and appends it to the output file (``--out -`` only
prints). Exit codes: 0 on success, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from dashboard.bench import generate
from dashboard.bench.run import (
    DEFAULT_DASHBOARD_EVENTS,
    DEFAULT_SIZES,
    DEFAULT_WORK_DIR,
    ROOT,
    Options,
    run_benchmark,
)


def _counts(text: str) -> tuple[int, ...]:
    """``"100,1000"`` -> ``(100, 1000)``; the argparse type for size lists."""
    try:
        values = tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"expected numbers separated by commas: {text!r}"
        ) from error
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"expected positive numbers: {text!r}")
    return values


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.bench", description=__doc__.splitlines()[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)

    gen = sub.add_parser("generate", help="write N synthetic articles and truth.jsonl")
    gen.add_argument("n", type=int, help="number of articles")
    gen.add_argument("--out", type=Path, required=True, help="output folder")
    gen.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    gen.add_argument("--sites", type=Path, default=generate.SITES_CSV, help="gazetteer CSV")

    run = sub.add_parser("run", help="run the benchmark and append the report")
    run.add_argument("--sizes", type=_counts, default=DEFAULT_SIZES, help="corpus sizes")
    run.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"), help="report file, or -")
    run.add_argument("--seed", type=int, default=0)
    run.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    run.add_argument("--work-dir", type=Path, default=DEFAULT_WORK_DIR, help="corpora go here")
    run.add_argument("--single-max", type=int, default=5000, help="cap on 1-process articles")
    run.add_argument("--peer-sample", type=int, default=300, help="articles for dateparser")
    run.add_argument("--date-sample", type=int, default=2000, help="articles for our dates")
    run.add_argument("--dashboard-events", type=_counts, default=DEFAULT_DASHBOARD_EVENTS)
    run.add_argument("--geocoder-lookups", type=int, default=10000)
    for flag, what in (
        ("dateparser", "the dateparser peer"),
        ("dashboard", "all dashboard measurements"),
        ("apptest", "the AppTest rerun"),
        ("browser", "headless Chromium"),
        ("end-to-end", "the extract command run"),
    ):
        run.add_argument(f"--no-{flag}", action="store_true", help=f"skip {what}")
    run.add_argument("--quiet", action="store_true", help="no progress messages")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "generate":
        if args.n < 0:
            print("N must be 0 or more", file=sys.stderr)
            return 2
        info = generate.write_corpus(args.n, args.out, args.seed, generate.load_sites(args.sites))
        print(f"wrote {info.n} articles ({info.bytes / 1e6:.1f} MB) and {info.truth_path}")
        return 0

    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="%(asctime)s %(message)s",
        datefmt="%H:%M:%S",
    )
    options = Options(
        sizes=args.sizes,
        seed=args.seed,
        workers=max(1, args.workers),
        work_dir=args.work_dir,
        single_max=args.single_max,
        peer_sample=args.peer_sample,
        date_sample=args.date_sample,
        dashboard_events=args.dashboard_events,
        geocoder_lookups=args.geocoder_lookups,
        dateparser=not args.no_dateparser,
        dashboard=not args.no_dashboard,
        apptest=not args.no_apptest,
        browser=not args.no_browser,
        end_to_end=not args.no_end_to_end,
    )
    report = run_benchmark(options)
    text = report.to_markdown()
    print(text)
    if args.out != "-":
        out = Path(args.out)
        with out.open("a", encoding="utf-8") as handle:
            handle.write("\n" + text + "\n")
        print(f"appended to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
