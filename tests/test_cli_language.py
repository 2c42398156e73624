"""One CLI language: one spelling per option, suggestions for misspelled names, properties listed,
--limit/--columns, a closed pipe ends quietly, and a paper with no figures is flagged."""

import json
import subprocess

import pytest
from conftest import CLI, ROOT, PaperText, render_paper
from typer.testing import CliRunner

from pipeline import api
from pipeline.cli import app

runner = CliRunner()


def _options(command) -> dict[str, set[str]]:
    """Every short and long option spelling of a click command → the parameter names it stands for."""
    found: dict[str, set[str]] = {}
    for param in command.params:
        for spelling in (*param.opts, *param.secondary_opts):
            if spelling.startswith("-"):
                found.setdefault(spelling, set()).add(param.name)
    return found


def test_cli_language_each_spelling_means_one_thing_everywhere():
    import typer.main
    group = typer.main.get_command(app)
    meaning: dict[str, set[str]] = {}
    for command in group.commands.values():
        for spelling, names in _options(command).items():
            meaning.setdefault(spelling, set()).update(names)
    clashes = {s: n for s, n in meaning.items() if len(n) > 1 and not n <= {"fmt", "as_json"}}
    assert not clashes, clashes
    assert meaning["-p"] == {"param"} and meaning["--format"] == {"fmt"}
    for name in ("ingest", "stats", "doctor", "push", "query", "compare"):
        assert "--format" in _options(group.commands[name]), name


def test_cli_language_summaries_take_format_json(sample_store_dir):
    by_format = runner.invoke(app, ["stats", "--store", str(sample_store_dir), "--format", "json"])
    by_alias = runner.invoke(app, ["stats", "--store", str(sample_store_dir), "--json"])
    assert by_format.exit_code == by_alias.exit_code == 0
    assert json.loads(by_format.stdout)["papers"] == json.loads(by_alias.stdout)["papers"] == 1


@pytest.mark.parametrize(("args", "hint"), [
    (["query", "above-treshold"], "did you mean 'above-threshold'"),
    (["query", "above-threshold", "--param", "min_valu=99"], "did you mean 'min_value'"),
    (["query", "above-threshold", "--param", "property=CoulombicEficiency"], "did you mean 'CoulombicEfficiency'"),
    (["query", "above-threshold", "--param", "cls=ConductivFramework"], "did you mean 'ConductiveFramework'"),
    (["query", "measurements", "--columns", "structur"], "did you mean 'structure'"),
])
def test_cli_language_suggests_the_closest_name(sample_store_dir, args, hint):
    result = runner.invoke(app, [*args, "--store", str(sample_store_dir)])
    assert result.exit_code == 4 and hint in result.output, result.output


def test_cli_language_properties_lists_the_ontology():
    result = runner.invoke(app, ["properties", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == api.properties()
    assert {"CoulombicEfficiency", "CurrentDensity"} <= {p["name"] for p in api.properties()}


def test_cli_language_limit_and_columns(sample_store_dir):
    result = runner.invoke(app, ["query", "measurements", "--store", str(sample_store_dir), "--format", "json",
                                 "--limit", "3", "--columns", "figure,value,unit"])
    rows = json.loads(result.stdout)
    assert len(rows) == 3 and all(list(row) == ["figure", "value", "unit"] for row in rows)
    with api.open_store(str(sample_store_dir), read_only=True) as store:
        first = api.query(store, "measurements").rows[:3]
    assert [r["figure"] for r in rows] == [r["figure"] for r in first]


def test_cli_language_closed_pipe_ends_quietly(sample_store_dir):
    """`anodekg sparql … | head -1`: far more output than a pipe holds, read one line, close."""
    process = subprocess.Popen([*CLI, "sparql", "SELECT * WHERE { ?s ?p ?o }", "--format", "json", "--store",
                                str(sample_store_dir)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait() == 0, stderr
    assert "Traceback" not in stderr and "error" not in stderr.lower()


def test_cli_language_ingest_flags_a_paper_without_figures(tmp_path):
    quiet = PaperText("Notes on lithium handling", ("Ada Quill",), "Journal of Invented Notes, 2021, 1, 1.",
                      ("Lithium foil was stored under argon and handled in a glove box.",
                       "The electrolyte was prepared the day before use."), ())
    pdf = render_paper(tmp_path / "notes.pdf", quiet)
    result = runner.invoke(app, ["ingest", str(pdf), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "no figures" in result.stdout and "found no reported figure" in result.output
    as_json = runner.invoke(app, ["ingest", str(pdf), "--store", str(tmp_path / "store"), "--force",
                                  "--format", "json"])
    (row,) = json.loads(as_json.stdout)["files"]
    assert row["status"] == "ok" and row["figures"] == 0 and "no reported figure" in row["warning"]
