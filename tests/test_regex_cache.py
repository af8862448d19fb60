"""The on-disk cache of compiled patterns (dashboard/regex_cache.py).

Each case runs in its own Python process with its own cache folder, since the cache is
read once per process: the first process compiles and writes, the next one reads.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Imports every module of rules, runs the extractor on the test articles (which compiles
# the rules compiled on first use), then reports what the cache did, as JSON.
_EXTRACT_AND_REPORT = """
import json, re, sys
from datetime import date
sys.path.insert(0, "tests")
from dashboard import regex_cache as rx
from dashboard.corpus import article_from_text
from dashboard.extract import extract_article
from geodata import load_gazetteer
from sample_texts import article_texts
gazetteer = load_gazetteer()
for number, body in enumerate(article_texts()):
    article = article_from_text(body, title=f"a{number}", published=date(2021, 4, 20))
    extract_article(article, gazetteer)
used = sorted(rx._used)
same = [rx.compile(p, f) == re.compile(p, f) for p, f in used]
print(json.dumps({
    "used": len(used),
    "made": len(rx._made),
    "all_equal": all(same),
    "path": str(rx.cache_path()),
}))
"""


def _run(code: str, cache_dir: str) -> dict:
    env = {**os.environ, "DRILL_ATLAS_CACHE_DIR": cache_dir}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_second_process_reads_every_pattern_and_gets_what_re_compile_makes(tmp_path):
    first = _run(_EXTRACT_AND_REPORT, str(tmp_path))
    # The first process compiled every pattern itself and wrote them all at exit.
    assert first["used"] > 300
    assert first["made"] == first["used"]
    assert first["all_equal"]
    assert Path(first["path"]).parent == tmp_path
    assert Path(first["path"]).stat().st_size > 0

    second = _run(_EXTRACT_AND_REPORT, str(tmp_path))
    # The second compiled none: each came from the file, and each equals re.compile's
    # (a Pattern compares its flags, its text and its compiled code).
    assert second["used"] == first["used"]
    assert second["made"] == 0
    assert second["all_equal"]


_DAMAGED = """
import json, re
from dashboard import regex_cache as rx
path = rx.cache_path()
path.parent.mkdir(parents=True, exist_ok=True)
path.write_bytes({damage!r})
pattern = rx.compile(r"(?P<day>\\d{{1,2}})\\s+(?P<month>[A-Z][a-z]+)", re.I)
ok = pattern == re.compile(r"(?P<day>\\d{{1,2}})\\s+(?P<month>[A-Z][a-z]+)", re.I)
found = pattern.search("on 12 april").groupdict()
print(json.dumps({{"equal": ok, "found": found, "saved": rx.save(), "made": len(rx._made)}}))
"""


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a cache at all", b"\xe3\x00\x00", bytes(range(256))],
    ids=["empty", "text", "truncated", "noise"],
)
def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path, damage):
    report = _run(_DAMAGED.format(damage=damage), str(tmp_path))
    assert report["equal"]
    assert report["found"] == {"day": "12", "month": "april"}
    assert report["saved"] is True
    # Rewritten whole: a third process reads the pattern from it.
    again = _run(
        "import json, re\nfrom dashboard import regex_cache as rx\n"
        "p = rx.compile(r'(?P<day>\\d{1,2})\\s+(?P<month>[A-Z][a-z]+)', re.I)\n"
        "print(json.dumps({'made': len(rx._made), 'ok': p.search('12 May') is not None}))",
        str(tmp_path),
    )
    assert again == {"made": 0, "ok": True}


_FORGED_ENTRY = """
import json, marshal, re
from dashboard import regex_cache as rx
path = rx.cache_path()
path.parent.mkdir(parents=True, exist_ok=True)
# An entry whose instruction list is not valid code for the engine.
path.write_bytes(marshal.dumps({("ab+c", 0): (32, [999, 1, 2], 0, {}, (None,))}))
pattern = rx.compile("ab+c")
same = pattern == re.compile("ab+c")
print(json.dumps({"equal": same, "match": bool(pattern.fullmatch("abbbc"))}))
"""


def test_an_entry_the_engine_rejects_is_compiled_afresh(tmp_path):
    assert _run(_FORGED_ENTRY, str(tmp_path)) == {"equal": True, "match": True}


def test_switched_off_nothing_is_written(tmp_path):
    code = (
        "import json\nfrom dashboard import regex_cache as rx\n"
        "p = rx.compile(r'\\bdrills?\\b')\n"
        "print(json.dumps({'path': rx.cache_path(), 'saved': rx.save(), "
        "'ok': p.search('the drills') is not None}))"
    )
    assert _run(code, "off") == {"path": None, "saved": False, "ok": True}


def test_a_folder_that_cannot_be_written_costs_only_the_cache(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code = (
        "import json\nfrom dashboard import regex_cache as rx\n"
        "p = rx.compile(r'troops?')\n"
        "print(json.dumps({'saved': rx.save(), 'ok': p.search('troops') is not None}))"
    )
    # The cache folder would be inside a file: no folder can be made there.
    assert _run(code, str(blocker / "cache")) == {"saved": False, "ok": True}


def test_bad_patterns_fail_as_in_re_and_other_inputs_pass_through(tmp_path):
    code = (
        "import json, re\nfrom dashboard import regex_cache as rx\n"
        "errors = []\n"
        "for bad in ['(unclosed', '[z-a]', '*lead']:\n"
        "    try:\n"
        "        rx.compile(bad)\n"
        "    except re.error as error:\n"
        "        errors.append(str(error))\n"
        "b = rx.compile(rb'\\x00+')\n"
        "print(json.dumps({'errors': errors, 'bytes': b == re.compile(rb'\\x00+'), "
        "'made': len(rx._made)}))"
    )
    report = _run(code, str(tmp_path))
    assert report["errors"] == [
        str(_re_error("(unclosed")),
        str(_re_error("[z-a]")),
        str(_re_error("*lead")),
    ]
    assert report["bytes"] is True
    assert report["made"] == 0  # neither a bad pattern nor a bytes one is cached


def _re_error(pattern: str) -> re.error:
    try:
        re.compile(pattern)
    except re.error as error:
        return error
    raise AssertionError(f"{pattern!r} compiled")


def test_the_file_is_capped_to_what_one_process_uses(tmp_path):
    code = (
        "import json\nfrom dashboard import regex_cache as rx\n"
        "rx.MAX_ENTRIES = 5\n"
        "for n in range(8):\n"
        "    rx.compile(f'old{n}')\n"
        "rx.save()\n"
        "print(json.dumps({'n': 8}))"
    )
    _run(code, str(tmp_path))
    code = (
        "import json, marshal\nfrom dashboard import regex_cache as rx\n"
        "rx.MAX_ENTRIES = 5\n"
        "for n in range(3):\n"
        "    rx.compile(f'new{n}')\n"
        "rx.compile('old0')\n"
        "rx.save()\n"
        "table = marshal.loads(rx.cache_path().read_bytes())\n"
        "print(json.dumps({'kept': sorted(p for p, _ in table)}))"
    )
    # Eight old patterns plus three new are over the cap of five: only the four this
    # process used are kept.
    assert _run(code, str(tmp_path)) == {"kept": ["new0", "new1", "new2", "old0"]}
