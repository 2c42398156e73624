"""The CLI: every command teaches with --help, errors are one line with a documented exit code,
and --format json matches the api call."""

import json

import pytest
from typer.testing import CliRunner

from pipeline import api
from pipeline.cli import app

runner = CliRunner()
COMMANDS = ["ingest", "read", "queries", "query", "sparql", "export", "stats", "validate", "plot", "serve", "push",
            "doctor"]


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_help_has_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert "--store" in result.output


def test_cli_group_help_lists_every_command_and_option():
    """`anodekg --help` (drawn by help_screen, not Typer): the usage, the examples as written (each
    indented alike), every group option with its placeholder only where it takes a value, and every
    command with the opening of its help; `anodekg` alone shows the same screen."""
    import typer.main
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.strip().startswith("Usage: anodekg [OPTIONS] COMMAND") for line in lines)
    examples = [line for line in lines if line.strip().startswith("anodekg ") and "│" not in line]
    assert len(examples) >= 3 and len({len(line) - len(line.lstrip()) for line in examples}) == 1
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        row = next(line for line in lines if line.startswith("│") and line[1:].split()[0] == name)
        assert " ".join(command.help.split()[:4]) in row
    assert "--store" in result.output and " DIR " in result.output and "<bool>" not in result.output
    assert runner.invoke(app, [], env={"COLUMNS": "200"}).output.rstrip("\n") == result.output.rstrip("\n")


def test_cli_group_help_loads_no_markdown_or_syntax_highlighter():
    """The group's screen needs Rich's panels only; Typer's renderer would load markdown_it and pygments
    (a quarter of `anodekg --help`'s instructions)."""
    import subprocess
    import sys
    code = ("import sys, io, contextlib\nfrom pipeline.cli import app\n"
            "with contextlib.redirect_stdout(io.StringIO()) as shown:\n"
            "    try:\n        app(['--help'])\n    except SystemExit:\n        pass\n"
            "assert 'Commands' in shown.getvalue()\n"
            "print(sorted(m for m in ('typer.rich_utils', 'markdown_it', 'pygments') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"


def test_cli_query_json_equals_api(sample_store_dir):
    result = runner.invoke(app, ["query", "measurements", "--store", str(sample_store_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    from pipeline.store import open_store
    store = open_store(str(sample_store_dir))
    try:
        expected = json.loads(json.dumps(list(api.query(store, "measurements").rows)))
    finally:
        store.close()
    assert json.loads(result.stdout) == expected


def test_cli_store_from_environment(sample_store_dir, monkeypatch):
    monkeypatch.setenv("ANODEKG_STORE", str(sample_store_dir))
    result = runner.invoke(app, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["papers"] == 1



@pytest.mark.parametrize("before, after", [(True, False), (False, True), ("elsewhere", True)])
def test_cli_store_before_or_after_the_command(sample_store_dir, tmp_path, monkeypatch, before, after):
    """`anodekg --store DIR stats` and `anodekg stats --store DIR` alike; the command's own option wins."""
    monkeypatch.setenv("ANODEKG_STORE", str(tmp_path / "no-store-here"))   # restored after the test
    first = str(tmp_path / "elsewhere") if before == "elsewhere" else str(sample_store_dir)
    args = (["--store", first] if before else []) + ["stats", "--json"]
    args += ["--store", str(sample_store_dir)] if after else []
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["papers"] == 1

@pytest.mark.parametrize("args, code, words", [
    (["ingest", "no/such/file.pdf"], 3, "no such file"),
    (["query", "no-such-query"], 4, "no named query"),
    (["query", "above-threshold", "--param", "min_value=lots"], 4, "must be a number"),
    (["query", "above-threshold", "--param", "oops"], 4, "NAME=VALUE"),
    (["query", "best-by-property", "--param", "k=-1"], 4, "1 or more"),
    (["query", "best-by-property", "--param", "k=3", "--param", "k=5"], 4, "given twice"),
    (["query", "new-since", "--param", "since=2025-13-45"], 4, "YYYY-MM-DD"),
    (["ingest", "x.pdf", "--timeout", "-5"], 2, "--timeout"),
    (["sparql", "SELECT ?s WHERE {"], 4, "malformed SPARQL"),
])
def test_cli_errors_are_one_line_without_traceback(args, code, words, sample_store_dir):
    result = runner.invoke(app, [*args, "--store", str(sample_store_dir)])
    assert result.exit_code == code, result.output
    assert words in result.output
    assert "Traceback" not in result.output


def test_cli_empty_folder_is_an_input_error(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 3
    assert "no PDF" in result.output


def test_cli_export_turtle_and_graphml(sample_store_dir, tmp_path):
    import networkx as nx
    from rdflib import Graph
    ttl, graphml = tmp_path / "g.ttl", tmp_path / "g.graphml"
    assert runner.invoke(app, ["export", "--format", "turtle", "--out", str(ttl), "--store", str(sample_store_dir)]).exit_code == 0
    assert runner.invoke(app, ["export", "--format", "graphml", "--out", str(graphml), "--store", str(sample_store_dir)]).exit_code == 0
    assert len(Graph().parse(ttl)) > 1000
    assert nx.read_graphml(graphml).number_of_nodes() > 100


def test_cli_version_prints_without_a_command():
    from pipeline import __version__
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == __version__


def test_cli_query_commands_start_without_the_heavy_stack():
    """`anodekg query` must not load spaCy, matplotlib, FastAPI or pySHACL just to start."""
    import subprocess
    import sys
    code = ("import sys, pipeline.cli; heavy = {'spacy', 'matplotlib', 'fastapi', 'pyshacl', 'dask'}; "
            "print(sorted(heavy & set(sys.modules)))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"


def test_cli_help_paragraphs_are_reflowed_for_the_terminal():
    from pipeline.cli import reflow
    doc = """Summary line.

    A paragraph written over
    two source lines.

    - a bullet
    - kept as written
    """
    assert reflow(doc) == "Summary line.\n\nA paragraph written over two source lines.\n\n- a bullet\n- kept as written"
    result = runner.invoke(app, ["ingest", "--help"])          # 80 columns: the source broke after "skipped"
    assert "skipped (unless another version of AnodeKG read it)" in result.output
