"""The README as a user follows it: the notebook session runs exactly as printed, every query and
comparison its walkthroughs show returns rows (on the sample, and on the shared corpus), and each
promise of its Reliability section names a test that exists."""

import doctest
import glob
import json
import os
import re
import shlex
import shutil

import pytest
from conftest import ROOT, shared_path
from typer.testing import CliRunner

from pipeline.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start: end if end > 0 else None]


def _blocks(section: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", section, re.DOTALL)


def _commands(section: str, *names: str) -> list[list[str]]:
    """The `anodekg NAME …` lines of a section's shell blocks, as argument lists (comments dropped)."""
    found = []
    for block in _blocks(section, "sh"):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words[:1] == ["anodekg"] and words[1:2] and words[1] in names:
                found.append(words[1:])
    return found


def _rows(runner: CliRunner, args: list[str], store: str) -> list:
    """A command's rows as JSON: its own --format and a shell redirection (> file) set aside."""
    kept, skip = [], 0
    for word in args:
        if skip:
            skip -= 1
        elif word in ("--format", ">"):
            skip = 1
        else:
            kept.append(word)
    result = runner.invoke(app, [*kept, "--format", "json", "--store", store])
    assert result.exit_code == 0, (args, result.output)
    return json.loads(result.stdout)


def test_readme_notebook_session_runs_as_printed(sample_store_dir, tmp_path, monkeypatch):
    (session,) = _blocks(_section("In a notebook"), "pycon")
    (tmp_path / "graph_data").mkdir()
    shutil.copytree(sample_store_dir, tmp_path / "graph_data" / "store")
    os.symlink(ROOT / "graph_data" / "sources", tmp_path / "graph_data" / "sources")
    monkeypatch.chdir(tmp_path)
    test = doctest.DocTestParser().get_doctest(session, {}, "README: In a notebook", "README.md", 0)
    assert len(test.examples) >= 5
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=lambda text: pytest.fail(text))
    assert runner.failures == 0 and runner.tries == len(test.examples)


def test_readme_everyday_queries_return_rows(sample_store_dir):
    commands = _commands(_section("Everyday use"), "query", "compare")
    assert len(commands) >= 6
    runner = CliRunner()
    for args in commands:
        assert _rows(runner, args, str(sample_store_dir)), f"`anodekg {' '.join(args)}` returns no rows"


def test_readme_show_example_draws_a_page(sample_store_dir, tmp_path):
    (args,) = _commands(_section("Everyday use"), "show")
    out = tmp_path / "page.png"
    result = CliRunner().invoke(app, [*args[:2], "--out", str(out), "--store", str(sample_store_dir)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.fixture(scope="module")
def walkthrough_store(tmp_path_factory):
    """The multi-paper walkthrough's own ingest line, run as printed (its glob expanded as a shell would)."""
    shared_path("corpus", "real")
    section = _section("Many papers, one graph")
    (ingest,) = _commands(section, "ingest")
    paths = [p for word in ingest[1:] for p in (sorted(glob.glob(str(ROOT / word))) if "*" in word else [str(ROOT / word)])]
    store = str(tmp_path_factory.mktemp("walkthrough") / "store")
    result = CliRunner().invoke(app, ["ingest", *paths, "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    return store, json.loads(result.stdout)


def test_readme_walkthrough_ingests_only_papers(walkthrough_store):
    _, summary = walkthrough_store
    statuses = [f["status"] for f in summary["files"]]
    assert statuses and set(statuses) == {"ok"}
    assert all(f["figures"] > 0 for f in summary["files"]), [f for f in summary["files"] if not f["figures"]]
    assert not any("hard" in f["file"] for f in summary["files"])


def test_readme_walkthrough_queries_return_rows(walkthrough_store):
    store, _ = walkthrough_store
    section = _section("Many papers, one graph")
    commands = _commands(section, "query", "compare")
    assert len(commands) >= 6
    runner = CliRunner()
    for args in commands:
        assert _rows(runner, args, store), f"`anodekg {' '.join(args)}` returns no rows on the shared corpus"
    stats = runner.invoke(app, ["stats", "--store", store])
    assert stats.exit_code == 0 and "papers" in stats.stdout


def test_readme_reliability_names_only_tests_that_exist():
    named = set(re.findall(r"`(test_\w+)`", _section("Reliability")))
    defined = {m for path in (ROOT / "tests").glob("test_*.py")
               for m in re.findall(r"^def (test_\w+)\(", path.read_text(encoding="utf-8"), re.MULTILINE)}
    assert len(named) >= 20 and not named - defined, sorted(named - defined)


def test_readme_every_reliability_promise_names_its_test():
    promises = re.split(r"\n- ", _section("Reliability"))[1:]
    assert promises and all(re.search(r"`test_\w+`", promise) for promise in promises), \
        [p[:60] for p in promises if not re.search(r"`test_\w+`", p)]
