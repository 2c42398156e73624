"""Viewer time-to-interactive in a real headless Chromium: 1, 6 and 100 synthetic papers.

The candidate is today's page (positions computed on export, overview first); the baseline is the
page of commit c000e87 (a cose layout in the browser, read from git history: no copy is kept),
built from the same graph in the same run. Time-to-interactive is the wall time from navigation until the page says it
is ready (``body[data-ready="true"]``, set once the graph is drawn and the controls work), the median
of a few loads in one browser. The goal is under 2 s for 100 papers.
"""

from __future__ import annotations

import html
import re
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import projection
from pipeline import __version__
from pipeline.graph_view import cytoscape_elements
from pipeline.viewer import HERE, NODE_STYLE, _classes, _properties, _script_json, render
from pipeline.viewer.browser import BrowserError, Page, Session, find_chromium

BASELINE_COMMIT = "c000e87"          # the viewer before issue 14
ROOT = Path(__file__).resolve().parent.parent
PAPERS = (1, 6, 100)
LOADS = 3
BASELINE_CAP_S = 90.0


def _baseline_file(name: str) -> str | None:
    """``pipeline/viewer/NAME`` as it was at the baseline commit; None outside a git checkout."""
    done = subprocess.run(["git", "show", f"{BASELINE_COMMIT}:pipeline/viewer/{name}"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    return done.stdout if done.returncode == 0 else None


def baseline_page(g) -> str | None:  # noqa: ANN001 - an nx.MultiDiGraph
    """The c000e87 viewer page for ``g``, or None where git history is missing."""
    files = {name: _baseline_file(name) for name in ("template.html", "viewer.css", "viewer.js")}
    if None in files.values():
        return None
    data = {"title": "baseline", "elements": cytoscape_elements(g), "classes": _classes(g),
            "types": [{"name": name, **style} for name, style in NODE_STYLE.items()], "properties": _properties(g)}
    parts = {"TITLE": "baseline", "VERSION": html.escape(__version__), "CSS": files["viewer.css"],
             "DATA": _script_json(data), "CYTOSCAPE": (HERE / "cytoscape.min.js").read_text(encoding="utf-8"),
             "VIEWER": files["viewer.js"]}
    return re.sub(r"__(TITLE|VERSION|CSS|DATA|CYTOSCAPE|VIEWER)__", lambda m: parts[m[1]], str(files["template.html"]))


def time_to_interactive(browser: Session, path: Path, loads: int = LOADS, cap: float = 60.0) -> float | None:
    """Median seconds from navigation to ``data-ready``; None when a load passes ``cap`` seconds."""
    times = []
    for _ in range(loads):
        started = time.perf_counter()
        browser.send("Page.navigate", {"url": Page(path).url})
        try:
            browser.wait_for("location.href.startsWith('file:') && document.body && "
                             "document.body.dataset.ready === 'true'", timeout=cap)
        except BrowserError:
            return None
        times.append(time.perf_counter() - started)
        browser.send("Page.navigate", {"url": "about:blank"})
        browser.wait_for("location.href === 'about:blank'")
    return statistics.median(times)


def run() -> list[dict[str, object]]:
    if find_chromium() is None:
        return [{"name": "viewer time-to-interactive", "candidate": "skipped: no Chromium", "baseline": "",
                 "ratio": "", "goal": ""}]
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="anodekg-bench-viewer-") as folder, Session(timeout=BASELINE_CAP_S + 30) as browser:
        for papers in PAPERS:
            g = projection(papers)
            candidate_page = Path(folder) / f"candidate-{papers}.html"
            started = time.perf_counter()
            candidate_page.write_text(render(g), encoding="utf-8")
            export_s = time.perf_counter() - started
            candidate = time_to_interactive(browser, candidate_page)
            old = baseline_page(g)
            baseline = None
            if old is not None:
                baseline_file = Path(folder) / f"baseline-{papers}.html"
                baseline_file.write_text(old, encoding="utf-8")
                baseline = time_to_interactive(browser, baseline_file, loads=1 if papers > 6 else LOADS,
                                               cap=BASELINE_CAP_S)
            ratio = f"{baseline / candidate:.1f}× faster" if candidate and baseline else (
                f"> {BASELINE_CAP_S / candidate:.0f}× faster" if candidate else "")
            rows.append({"name": f"viewer time-to-interactive, {papers} paper(s) ({g.number_of_nodes()} nodes; "
                                 f"page written in {export_s:.1f} s)",
                         "candidate": f"{candidate:.2f} s" if candidate else "failed",
                         "baseline": f"{baseline:.2f} s" if baseline else (
                             f"> {BASELINE_CAP_S:.0f} s" if old is not None else "no git history"),
                         "ratio": ratio, "goal": "< 2 s" if papers == 100 else ""})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
