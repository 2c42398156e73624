"""Compiled regular expressions kept on disk (pipeline/regex_cache.py): a pattern a later process makes
from the saved code is the pattern ``re`` makes, and an ingest reads and extracts a paper the same with
the cache as without it. Each check runs in processes of its own: installing changes ``re`` for a whole
process."""

import json
import os
import subprocess
import sys

from pipeline import cache

SAMPLE = "graph_data/sources"


def _run(script: str, cache_dir, *args: str) -> str:
    # one hash seed: a library builds a pattern from a set, in the order of the process's hashes
    env = {**os.environ, cache.CACHE_ENV: str(cache_dir), "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip().splitlines()[-1]


BUILD = """
import json, sys
from pipeline import regex_cache
regex_cache.install()
from pipeline.nlp import build_nlp
nlp = build_nlp()
doc = nlp("A Cu foam (CF) host kept 99.1% Coulombic efficiency over 1000 cycles at 1 mA cm−2 [12].")
new = len(regex_cache._new)
regex_cache.save()
same = all(regex_cache._made(p, entry) == regex_cache._original(p, flags)
           for (p, flags), entry in regex_cache._known.items())
print(json.dumps({"new": new, "saved": len(regex_cache._load()), "same": same, "tokens": [t.text for t in doc],
                  "spans": {k: [(s.start, s.end, s.label_) for s in doc.spans[k]] for k in sorted(doc.spans)}}))
"""


def test_regex_cache_patterns_from_disk_equal_what_re_compiles(tmp_path):
    first = json.loads(_run(BUILD, tmp_path))          # compiles the pipeline's patterns and saves them
    _run(BUILD, tmp_path)                              # (loads the built pipeline: its patterns carry flags)
    second = json.loads(_run(BUILD, tmp_path))         # makes them all from the saved code
    assert first["new"] > 100 and first["same"]
    assert second["new"] == 0 and second["saved"] >= first["new"] and second["same"]
    assert (second["tokens"], second["spans"]) == (first["tokens"], first["spans"])


def test_regex_cache_matches_as_re_does(tmp_path):
    script = """
import re, sys
from pipeline import regex_cache
regex_cache.SAVE_AFTER = 0.0
regex_cache.install()
patterns = [(r"(?P<num>\\d+(?:\\.\\d+)?)\\s*(?P<unit>mA\\s*cm[−–-]?2)", re.I), (r"^[\\W\\d_]+$", 0), (rb"%PDF-(\\d)", 0),
            (r"(\\w)\\1", re.M | re.S)]
text = "at 1.5 MA cm–2 and 2 mA cm-2; %% 1,2 aa\\nbb"
found = [[m.span() for m in re.finditer(p, text if isinstance(p, str) else text.encode(), f)] for p, f in patterns]
regex_cache.save()
print(repr((found, [bool(regex_cache._new) for _ in (0,)])))
"""
    cold = _run(script, tmp_path)
    warm = _run(script, tmp_path)
    plain = _run(script.replace("regex_cache.install()", ""), tmp_path / "none")
    assert cold.split("], [")[0] == warm.split("], [")[0] == plain.split("], [")[0]
    assert warm.endswith("[False])")                     # the second process compiled none anew


def test_regex_cache_saves_only_what_was_worth_compiling(tmp_path):
    script = """
import re
from pipeline import regex_cache
regex_cache.install()
re.compile("a few|short|patterns")
regex_cache.save()
print(len(regex_cache._load()))
"""
    assert _run(script, tmp_path) == "0"


def test_regex_cache_starts_afresh_beyond_its_bound(tmp_path):
    script = """
import re, sys
from pipeline import regex_cache
regex_cache.MAX_ENTRIES = 5
regex_cache.SAVE_AFTER = 0.0
regex_cache.install()
for k in range(int(sys.argv[1])):
    re.compile(f"word{k}-{sys.argv[2]}")
regex_cache.save()
print(len(regex_cache._load()))
"""
    assert int(_run(script, tmp_path, "3", "a")) >= 3
    assert int(_run(script, tmp_path, "4", "b")) == 4    # 3 + 4 (and the probe's) are more than 5: this run's


def test_regex_cache_ingest_reads_and_extracts_the_same(tmp_path):
    """A paper's triples (but the time and folder of the ingest) are the same with the cache as without."""
    script = """
import hashlib, sys
from pathlib import Path
from pipeline import api, regex_cache
if sys.argv[2] == "cached":
    regex_cache.install()
prepared = api.prepare(Path(sys.argv[1]))
regex_cache.save()
lines = sorted(l for l in prepared.ntriples.decode().splitlines() if "generatedAtTime" not in l and "sourcePath" not in l)
print(prepared.outcome.status, hashlib.sha256("\\n".join(lines).encode()).hexdigest())
"""
    pdf = next(p for p in sorted(os.listdir(SAMPLE)) if p.endswith(".pdf"))
    path = os.path.join(SAMPLE, pdf)
    plain = _run(script, tmp_path, path, "plain")
    _run(script, tmp_path, path, "cached")               # fills the cache
    assert plain.startswith("ok ") and _run(script, tmp_path, path, "cached") == plain


def test_regex_cache_reads_the_code_of_the_patterns_a_process_makes_only(tmp_path):
    """The saved code of patterns this process never makes stays on disk: a process reads the index, and the
    code of what it compiles (a cache grows to thousands of patterns, a process uses a few hundred)."""
    script = """
import re, sys
from pipeline import regex_cache
regex_cache.SAVE_AFTER = 0.0
regex_cache.install()
for k in range(int(sys.argv[1])):
    re.compile(f"(?:tungsten|boride)-{k}-(?P<n>\\d+)")
made, new = len(regex_cache._known), len(regex_cache._new)
regex_cache.save()
print(made, new, len(regex_cache._load()))
"""
    made, new, saved = map(int, _run(script, tmp_path, "40").split())
    assert new >= 40 and saved >= 40
    made, new, saved = map(int, _run(script, tmp_path, "3").split())
    assert new == 0 and made < 10 and saved >= 40            # 3 read back (and the probe's), none compiled anew
