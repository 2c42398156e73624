"""Charts: each draws exactly the rows of its named query, with units from the ontology, as real images.

Expected numbers of points and bars come from running the chart's own query on the sample store.
"""

import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from typer.testing import CliRunner

from pipeline import api, plots
from pipeline.cli import app
from pipeline.errors import InputError, QueryError
from pipeline.ontology import local_name, ontology_graph, properties, property_def
from pipeline.store import open_store
from pipeline.vocab import AKG


def _rows(store, name, prop=None):
    chart = plots.CHARTS[name]
    return api.query(store, chart.query, chart.params(prop)).rows


def _points(fig):
    return sum(len(c.get_offsets()) for ax in fig.axes for c in ax.collections)


def _bars(fig):
    return [bar for ax in fig.axes for container in ax.containers for bar in container]


def test_plots_ce_cycles_draws_one_point_per_pair(sample_store):
    rows = _rows(sample_store, "ce-cycles")
    assert rows, "the sample reports Coulombic efficiency and cycle number in the same sentence"
    assert _points(plots.figure(sample_store, "ce-cycles")) == len(rows)


def test_plots_ce_cycles_labels_points_by_paper_citation_and_condition(sample_store):
    rows = _rows(sample_store, "ce-cycles")
    texts = [t.get_text() for t in plots.figure(sample_store, "ce-cycles").axes[0].texts if t.get_text()]
    context = plots.ChartContext.of(sample_store)
    expected = [plots.point_label(r, context.papers, context.conditions) for r in rows]
    assert Counter(texts) == Counter(expected)
    cites = ["[" + ", ".join(map(str, r["citations"])) + "]" if r["citations"] else "(own)" for r in rows]
    assert all(cite in text for cite, text in zip(cites, expected, strict=True))
    assert all(text.startswith(context.papers[r["paper"]]) for r, text in zip(rows, expected, strict=True))


def test_plots_ce_cycles_colours_by_class(sample_store):
    rows = _rows(sample_store, "ce-cycles")
    fig = plots.figure(sample_store, "ce-cycles")
    assert len(fig.axes[0].collections) == len({r["class"] for r in rows})
    assert len(fig.axes[0].get_legend().get_texts()) == len({r["class"] for r in rows})


def test_plots_axes_carry_units_from_the_ontology(sample_store):
    ax = plots.figure(sample_store, "ce-cycles").axes[0]
    assert f"({property_def(AKG.CoulombicEfficiency).unit})" in ax.get_ylabel()
    assert f"({property_def(AKG.CycleNumber).unit})" in ax.get_xlabel()


def test_plots_class_counts_draws_two_bars_per_row(sample_store):
    rows = _rows(sample_store, "class-counts")
    assert rows
    bars = _bars(plots.figure(sample_store, "class-counts"))
    assert len(bars) == 2 * len(rows)
    assert sorted(b.get_width() for b in bars) == sorted([r["structures"] for r in rows] + [r["figures"] for r in rows])


def test_plots_class_counts_total_equals_the_structure_count(sample_store):
    rows = _rows(sample_store, "class-counts")
    assert sum(r["structures"] for r in rows) == api.stats(sample_store)["structures"]


def test_plots_best_per_class_draws_one_bar_per_class(sample_store):
    measured = Counter(r["property"] for r in api.query(sample_store, "measurements").rows)
    prop = measured.most_common(1)[0][0]
    rows = _rows(sample_store, "best-per-class", prop)
    fig = plots.figure(sample_store, "best-per-class", prop)
    assert len(_bars(fig)) == len(rows) == len({r["class"] for r in rows}) > 0
    assert sorted(b.get_height() for b in _bars(fig)) == sorted(r["best"] for r in rows)
    assert f"({property_def(prop).unit})" in fig.axes[0].get_ylabel()


def test_plots_best_per_class_respects_lower_is_better(sample_store):
    measured = {r["property"] for r in api.query(sample_store, "measurements").rows}
    lower = sorted(name for name, d in properties().items()
                   if str(ontology_graph().value(d.iri, AKG.better)) == "lower" and name in measured)
    if not lower:
        pytest.skip("the sample reports no lower-is-better property")
    rows = _rows(sample_store, "best-per-class", lower[0])
    figures = [r for r in api.query(sample_store, "measurements").rows if r["property"] == lower[0]]
    for row in rows:
        assert row["best"] == min(r["value"] for r in figures if r["class"] == row["class"])


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".pdf", b"%PDF")])
def test_plots_writes_a_non_empty_image(sample_store, tmp_path, suffix, magic):
    result = plots.plot(sample_store, "class-counts", tmp_path / f"chart{suffix}")
    data = result.path.read_bytes()
    assert data.startswith(magic) and len(data) > 5_000
    assert result.marks == 2 * len(_rows(sample_store, "class-counts"))


def test_plots_svg_is_well_formed(sample_store, tmp_path):
    path = plots.plot(sample_store, "ce-cycles", tmp_path / "chart.svg").path
    assert ET.parse(path).getroot().tag.endswith("svg")


def test_plots_svg_is_reproducible(sample_store, tmp_path):
    first = plots.plot(sample_store, "ce-cycles", tmp_path / "a.svg").path.read_bytes()
    second = plots.plot(sample_store, "ce-cycles", tmp_path / "b.svg").path.read_bytes()
    assert first == second


def test_plots_unknown_suffix_is_an_input_error(sample_store, tmp_path):
    with pytest.raises(InputError, match=r"\.png"):
        plots.plot(sample_store, "ce-cycles", tmp_path / "chart.gif")
    assert not (tmp_path / "chart.gif").exists()


def test_plots_unknown_property_is_a_query_error(sample_store, tmp_path):
    with pytest.raises(QueryError, match="unknown property"):
        plots.plot(sample_store, "best-per-class", tmp_path / "chart.png", "Coolness")


def test_plots_property_on_a_chart_without_one_is_an_input_error(sample_store, tmp_path):
    with pytest.raises(InputError, match="takes no --property"):
        plots.plot(sample_store, "ce-cycles", tmp_path / "chart.png", local_name(AKG.CycleNumber))


def test_plots_empty_store_still_writes_a_chart(tmp_path):
    store = open_store(str(tmp_path / "empty"))
    try:
        api.ensure_ontology(store)
        result = plots.plot(store, "ce-cycles", tmp_path / "chart.png")
    finally:
        store.close()
    assert result.marks == 0 and result.path.stat().st_size > 1_000


def test_plots_cli_writes_the_chart(sample_store_dir, tmp_path):
    out = tmp_path / "best.svg"
    result = CliRunner().invoke(app, ["plot", "best-per-class", "--property", local_name(AKG.CoulombicEfficiency),
                                      "--out", str(out), "--store", str(sample_store_dir)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1_000


def test_plots_cli_bad_suffix_exits_3(sample_store_dir, tmp_path):
    result = CliRunner().invoke(app, ["plot", "ce-cycles", "--out", str(tmp_path / "x.gif"),
                                      "--store", str(sample_store_dir)])
    assert result.exit_code == 3
    assert "Traceback" not in result.output


def test_plots_cli_help_has_an_example():
    result = CliRunner().invoke(app, ["plot", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "--store" in result.output
