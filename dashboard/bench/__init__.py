"""Speed and scale, measured: a synthetic corpus generator and the benchmark that uses it.

``generate`` writes deterministic wire-style articles about made-up drills at real
gazetteer sites, together with the truth it planted (events and date phrases).
``run`` times the pipeline, the geocoder and the dashboard on those corpora, scores
the extraction against the truth, and appends a report to ``BENCHMARKS.md``.

Command line: ``python -m dashboard.bench generate N --out DIR [--seed S]`` and
``python -m dashboard.bench run [--sizes 100,1000,10000] [--out BENCHMARKS.md]``.
Nothing here imports Streamlit at module level; the dashboard measurements start
the app in its own process or through ``AppTest``.
"""
