"""From a figure to its page: every sample figure's sentence is found on its page, and the page is drawn
with it highlighted; a PDF that moved is reported with the way to find it."""

import io

import pytest
from PIL import Image
from typer.testing import CliRunner

from pipeline import api
from pipeline.cli import app
from pipeline.provenance import (
    HIGHLIGHT,
    SourceMissing,
    figure_iri,
    locate,
    render_page,
    sentence_boxes,
    short_id,
)


@pytest.fixture(scope="module")
def figures(sample_store_dir):
    with api.open_store(str(sample_store_dir), read_only=True) as store:
        return [(row, locate(store, row["figure"])) for row in api.query(store, "measurements").rows]


def test_provenance_figure_ids_round_trip(figures):
    for row, source in figures:
        assert short_id(figure_iri(row["figure"])) == row["figure"] == source.short_id
        assert figure_iri(source.figure) == source.figure


def test_provenance_every_sentence_is_found_on_its_page(figures):
    for row, source in figures:
        boxes = sentence_boxes(source.pdf, source.page, source.sentence)     # no fallback: found, or empty
        assert boxes, f"{row['figure']}: {row['sentence'][:60]}"
        first = boxes[0]
        # the first line found is the line the reader recorded for the sentence
        assert first.bottom > source.bbox.top and first.top < source.bbox.bottom, row["figure"]


def test_provenance_page_is_drawn_with_the_sentence_highlighted(figures):
    _, source = max(figures, key=lambda item: len(item[1].sentence))
    image = Image.open(io.BytesIO(render_page(source, dpi=72))).convert("RGB")
    assert image.size == (round(595.3), round(841.9)) or abs(image.size[0] - 595) <= 1
    box = sentence_boxes(source.pdf, source.page, source.sentence)[0]
    middle = image.getpixel((int((box.x0 + box.x1) / 2), int((box.top + box.bottom) / 2)))
    # yellow over white paper: a lot of red and green, little blue
    assert middle[0] > 200 and middle[1] > 170 and middle[2] < 200, middle
    assert HIGHLIGHT[:3] == (255, 214, 0)


def test_provenance_show_writes_the_page(sample_store_dir, figures, tmp_path):
    row, _ = figures[0]
    out = tmp_path / "page.png"
    result = CliRunner().invoke(app, ["show", row["figure"], "--out", str(out), "--store", str(sample_store_dir)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\x89PNG") and row["sentence"][:30] in result.stdout


def test_provenance_a_moved_pdf_points_to_doctor(moved_pdf_store, tmp_path):
    store_dir, figure = moved_pdf_store
    with api.open_store(str(store_dir), read_only=True) as store, pytest.raises(SourceMissing, match="doctor --sources"):
        render_page(locate(store, figure))
    result = CliRunner().invoke(app, ["show", figure, "--out", str(tmp_path / "p.png"), "--store", str(store_dir)])
    assert result.exit_code == 3 and "doctor --sources" in result.output and "no longer at" in result.output


def test_provenance_unknown_figure_is_a_query_error(sample_store_dir):
    result = CliRunner().invoke(app, ["show", "10.1002/adv.201600445/m/99999", "--store", str(sample_store_dir)])
    assert result.exit_code == 4 and "no figure" in result.output
    result = CliRunner().invoke(app, ["show", "not-a-figure", "--store", str(sample_store_dir)])
    assert result.exit_code == 4 and "PAPER-ID/m/N" in result.output
