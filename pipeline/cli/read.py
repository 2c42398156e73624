"""`anodekg read`."""

from __future__ import annotations

import json
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pipeline.cli.common import BackendOpt, StoreOpt, app, reported
from pipeline.read_options import DEFAULT_BACKEND

if TYPE_CHECKING:
    from pipeline.records import Document


class ReadFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def read(
    pdf: Annotated[Path, typer.Argument(help="A PDF file.", show_default=False)],
    fmt: Annotated[ReadFormat, typer.Option("--format", "-f", help="Plain text, or JSON blocks.")] = ReadFormat.text,
    password: Annotated[str | None, typer.Option(help="Password for an encrypted PDF.")] = None,
    noise: Annotated[bool, typer.Option("--noise", help="Also show headers, footers and stamps.")] = False,
    markers: Annotated[bool, typer.Option(
        "--markers/--no-markers",
        help="Show citation markers where they were printed, or leave them out as extraction reads the text.",
    )] = True,
    store: StoreOpt = "",
    backend: BackendOpt = DEFAULT_BACKEND,
) -> None:
    """Show what the reader makes of a PDF: text in reading order, or its blocks as JSON.

    Example: [bold]anodekg read paper.pdf --format json | jq '.blocks[] | select(.kind=="heading")'[/]
    """
    from pipeline import api
    with reported():
        document = api.read(pdf, password, backend=backend)
    if fmt == ReadFormat.json:
        print(json.dumps(_document_json(document), ensure_ascii=False, indent=1))
        return
    from pipeline.reader.blocks import marked_text
    from pipeline.records import NOISE_KINDS
    for block in document.blocks:
        if block.kind in NOISE_KINDS and not noise:
            continue
        print(marked_text(block) if markers else block.text)
        print()


def _document_json(document: Document) -> dict:
    data = asdict(document)
    data["blocks"] = [
        {"kind": str(b.kind), "page": b.page, "order": b.order, "section": list(b.section), "level": b.level,
         "bbox": [b.bbox.x0, b.bbox.top, b.bbox.x1, b.bbox.bottom], "text": b.text,
         "citations": [{"numbers": list(m.numbers), "at": m.start} for m in b.citations]}
        for b in document.blocks]
    data["repairs"] = [   # glyphs whose text the reader changed, and why
        {"page": r.page, "bbox": [r.bbox.x0, r.bbox.top, r.bbox.x1, r.bbox.bottom], "before": r.before,
         "after": r.after, "reason": r.reason}
        for r in document.repairs]
    return data
