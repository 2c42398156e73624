"""The comparison table: each cell is the structure's best figure, with the conditions of its sentence.

Expectations come from the measurements query on the sample store, never written down.
"""

from collections import defaultdict

import pytest
from typer.testing import CliRunner

from pipeline import api
from pipeline.cli import app
from pipeline.compare import (
    Column,
    Comparison,
    Figure,
    Row,
    Selection,
    comparison,
    latex_unit,
    paper_label,
    select_rows,
    to_csv,
    to_latex,
)
from pipeline.errors import QueryError
from pipeline.ontology import properties


@pytest.fixture(scope="module")
def table(sample_store_dir):
    with api.open_store(str(sample_store_dir), read_only=True) as store:
        return comparison(store), api.query(store, "measurements").rows


def test_compare_each_cell_is_the_best_figure_of_its_structure(table):
    built, figures = table
    defs = properties()
    best = defaultdict(list)
    for f in figures:
        best[(f["paper"], f["structure"], f["property"])].append(f["value"])
    cells = 0
    for row in built.rows:
        for prop, found in row.cells.items():
            values = best[(row.paper, row.structure, prop)]
            want = min(values) if defs[prop].better == "lower" else max(values)
            assert found[0].value == want
            assert len(found) == len(values)
            cells += 1
    assert cells == len(best) and len(built.rows) == len({(f["paper"], f["structure"]) for f in figures})


def test_compare_conditions_come_from_the_same_sentence(table):
    built, figures = table
    defs = properties()
    with_conditions = 0
    for row in built.rows:
        for found in row.cells.values():
            for figure in found:
                same = [f for f in figures if f["sentence"] == figure.sentence and f["structure"] == row.structure
                        and f["figure"] != figure.figure and defs[f["property"]].role == "TestCondition"]
                assert len(figure.conditions) == len({(f["value"], f["unit"], f["qualifier"]) for f in same})
                with_conditions += bool(figure.conditions)
    assert with_conditions, "the sample reports a figure with its current density in one sentence"


def test_compare_selection_filters_sorts_and_limits(table):
    built, _ = table
    ce = "CoulombicEfficiency"
    chosen = select_rows(built, Selection(properties=(ce,), ranges=((ce, 98.0, None),), sort=ce))
    values = [r.best(ce).value for r in chosen.rows]
    assert values == sorted(values, reverse=True) and min(values) >= 98.0
    assert [c.name for c in chosen.columns] == [ce]
    assert len(values) == sum(1 for r in built.rows if r.best(ce) and r.best(ce).value >= 98.0)
    one_class = select_rows(built, Selection(classes=("MetalBasedFramework",)))
    assert one_class.rows and {r.subclass for r in one_class.rows} == {"MetalBasedFramework"}
    copper = select_rows(built, Selection(materials=("Cu",)))
    assert copper.rows and all(any("cu" in m.lower() for m in r.materials) for r in copper.rows)
    assert len(select_rows(built, Selection(limit=2)).rows) == 2


def test_compare_unknown_property_suggests_the_closest(table):
    built, _ = table
    with pytest.raises(QueryError, match="did you mean 'CoulombicEfficiency'"):
        select_rows(built, Selection(properties=("CoulombicEficiency",)))


def _invented() -> Comparison:
    figure = Figure("x/m/1", "CoulombicEfficiency", 99.5, ">", "%", 3, "A 50% & _ host kept > 99.5%.",
                    ("1 mA cm-2",))
    row = Row("p s", "Cu_foam & 50% host", "p", "Noether 2020", "ConductiveFramework", "MetalBasedFramework",
              ("Cu",), {"CoulombicEfficiency": (figure,)})
    return Comparison((Column("CoulombicEfficiency", "Coulombic efficiency", "%", "Performance", "higher"),), (row,))


def test_compare_latex_escapes_text_and_draws_qualifiers():
    latex = to_latex(_invented())
    assert r"Cu\_foam \& 50\% host" in latex and r"$>$ 99.5" in latex
    assert r"\begin{tabular}" in latex and r"\toprule" in latex and r"Coulombic efficiency (\%)" in latex
    assert latex_unit("mA h cm-2") == r"mA\,h\,cm$^{-2}$"


def test_compare_csv_keeps_qualifier_and_guards_formulas():
    invented = _invented()
    row = invented.rows[0]
    text = to_csv(Comparison(invented.columns, (Row(**{**{f: getattr(row, f) for f in row.__slots__},
                                                      "structure": "=SUM(A1)"}),)))
    assert text.splitlines()[1].startswith("'=SUM(A1),Noether 2020,")
    assert "> 99.5" in text


def test_compare_paper_label_is_first_author_surname_and_year():
    assert paper_label(["Rui Zhang", "Qiang Zhang"], 2017, "x") == "Zhang 2017"
    assert paper_label(["Zhang, R.", "Zhang, Q."], 2017, "x") == "Zhang 2017"
    assert paper_label([], None, "10.1/x") == "10.1/x"


def test_compare_cli_formats_match_the_library(sample_store_dir, table):
    built, _ = table
    runner = CliRunner()
    args = ["compare", "--store", str(sample_store_dir), "--property", "CoulombicEfficiency",
            "--property", "current density", "--min", "CoulombicEfficiency=97", "--sort", "CoulombicEfficiency"]
    chosen = select_rows(built, Selection(("CoulombicEfficiency", "CurrentDensity"),
                                          ranges=(("CoulombicEfficiency", 97.0, None),), sort="CoulombicEfficiency"))
    csv_out = runner.invoke(app, [*args, "--format", "csv"])
    assert csv_out.exit_code == 0, csv_out.output
    assert csv_out.stdout == to_csv(chosen)
    latex_out = runner.invoke(app, [*args, "--format", "latex"])
    assert latex_out.stdout == to_latex(chosen)
    shown = runner.invoke(app, [*args, "--format", "table"])
    assert shown.exit_code == 0 and all(r.structure[:12] in shown.stdout for r in chosen.rows)
    bad = runner.invoke(app, ["compare", "--store", str(sample_store_dir), "--property", "Lifespn"])
    assert bad.exit_code == 4 and "did you mean 'Lifespan'" in bad.output
