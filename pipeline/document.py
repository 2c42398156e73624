"""A PDF file → a Document: blocks in reading order, the paper's metadata and its reference list.

This is the reader's one entry point; it composes read_pdf (I/O), layout (pure) and references.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from pipeline.layout import LayoutOptions, layout
from pipeline.read_pdf import ReadLimits, read_pdf, sha256_of
from pipeline.records import Block, BlockKind, Document, PaperMeta
from pipeline.references import DOI, YEAR, parse_references, unresolved

REVIEW_CUES = re.compile(r"\b(review|progress report|perspective|overview)\b", re.IGNORECASE)


def doc_id_for(doi: str, sha256: str) -> str:
    """A paper's identity: its DOI when known, else a prefix of its content hash."""
    return doi.lower() if doi else f"sha256:{sha256[:16]}"


def _first_page_doi(blocks: Sequence[Block]) -> str:
    for block in blocks:
        if block.page > 1:
            break
        match = DOI.search(block.text)
        if match:
            return match.group(1)
    return ""


def paper_meta(metadata: dict[str, str], blocks: Sequence[Block]) -> PaperMeta:
    """Title, authors, journal, year and DOI from the PDF's metadata, checked against its first page."""
    subject = metadata.get("Subject", "")
    doi_match = DOI.search(subject) or DOI.search(metadata.get("doi", "") or "")
    doi = doi_match.group(1) if doi_match else _first_page_doi(blocks)
    title = metadata.get("Title", "").strip()
    if not title or title.lower() in {"untitled", "title"} or len(title) < 12:
        headings = [b for b in blocks if b.page == 1 and b.kind == BlockKind.HEADING]
        title = max(headings, key=lambda b: len(b.text)).text if headings else ""
    authors = tuple(a.strip() for a in re.split(r",|;| and ", metadata.get("Author", "")) if a.strip())
    year_match = YEAR.search(subject) or YEAR.search(metadata.get("CreationDate", "")[2:6])
    journal = subject.split(",")[0].strip() if subject and "," in subject else ""
    first_page = " ".join(b.text for b in blocks if b.page == 1)[:3000]
    is_review = bool(REVIEW_CUES.search(" ".join(b.text for b in blocks[:3] if b.page == 1))) or \
        bool(REVIEW_CUES.search(first_page[:400]))
    return PaperMeta(title=title, authors=authors, journal=journal,
                     year=int(year_match.group(1)) if year_match else None, doi=doi, is_review=is_review)


def read_document(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits(),
                  options: LayoutOptions = LayoutOptions()) -> Document:
    """Read one PDF into a Document. Raises an InputError subclass for files it cannot read."""
    path = Path(path)
    content = read_pdf(path, password, limits)
    pages = content.pages
    digest = sha256_of(path)
    blocks = tuple(layout(pages, options))
    meta = paper_meta(content.info.metadata, blocks)
    references = parse_references(blocks)
    return Document(doc_id=doc_id_for(meta.doi, digest), source=str(path), sha256=digest,
                    page_count=len(pages), meta=meta, blocks=blocks, references=references,
                    unresolved_citations=unresolved(blocks, references))
