"""A file's reading, begun ahead: what an ingest of one file forks off first.

The first file a process works on is read in a forked child while the process loads the NLP stack
(``parallel.ahead``); the two take about as long, so the sooner the child is forked, the sooner the
ingest ends. This module imports only what the fork needs: the reader's stages load in the child,
and the rest of the ingest (``api``, the store) in the parent after the fork. The child makes the
whole Document (blocks, references, citations, after the lines): the loading in the parent takes a
little longer than the lines do, and what the child does not do, the parent does after both, when
the ingest waits for it alone. Once it has sent the Document, the child makes the triples the Document
alone gives (``build_rdf.document_triples``: the paper's metadata, its work, its reference list) while
the parent extracts, the part of the paper's triples that the extraction does not wait for.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import parallel
from pipeline.read_options import DEFAULT_BACKEND, ReaderBackend, ReadLimits

if TYPE_CHECKING:
    from pipeline.build_rdf import DocumentTriples
    from pipeline.records import Document, PageWords

Read = tuple["Document", list[str]]
WORDS_A_LINE = 40       # a page's words told as lines of this many: a line is what the parent's warm-up
                        # tokenizes between two looks at whether the reading is done


def read(path: Path, password: str | None, limits: ReadLimits, backend: ReaderBackend,
         tell: Callable[[str], None] | None = None) -> Read:
    """A file read into its Document, with what the PDF parser said about damage while its lines were
    read (all of the reading that needs the file). ``tell``: given each page's words as they are read
    (by a reading in a forked child, for its parent to warm its tokenizer with; see ``read_ahead``)."""
    from pipeline import regex_cache
    from pipeline.reader.document import finish_document
    from pipeline.reader.lines import read_lines
    from pipeline.reader.pdf import parser_warnings
    with parser_warnings() as warnings:
        lines = read_lines(path, password, limits, backend=backend, seen=_telling(tell) if tell else None)
    document = finish_document(lines)
    regex_cache.save()          # what the reading compiled anew, when it ran in a child (see regex_cache)
    return document, warnings


def read_ahead(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits(),
               backend: ReaderBackend = DEFAULT_BACKEND, *, tells: bool = True, triples: bool = True
               ) -> AbstractContextManager[parallel.Ahead[Read]]:
    """The file's reading begun, for the body of the ``with`` to take: the first file a process works on
    is read in a forked child while this process loads the NLP stack and builds its pipeline (the two
    take about as long; see ``parallel.ahead``), any later one here when it is taken. With ``tells`` the
    child tells the paper's words as it reads them (``Ahead.heard``), for this process's warm-up; with
    ``triples`` it makes the Document's own triples after it (``Ahead.after``), for this process's
    triples: both for a reading this process extracts itself."""
    return parallel.ahead(read, Path(path), password, limits, backend, worth=not nlp_built(), tells=tells,
                          then=_document_triples if triples else None)


def _document_triples(reading: Read) -> DocumentTriples:
    """What the reading child makes once it has sent the Document: its work is done, and the parent's
    extraction, which these triples do not wait for, keeps the other core busy meanwhile."""
    from pipeline.build_rdf import document_triples
    return document_triples(reading[0])


def _telling(tell: Callable[[str], None]) -> Callable[[PageWords], None]:
    """A page's words, told as text: the paper's own words, as the extraction will tokenize them (less the
    joins of hyphenated line ends), for the parent's tokenizer to meet while it waits for the reading."""
    def seen(page: PageWords) -> None:
        texts = [word.text for word in page.words]
        tell("\n".join(" ".join(texts[at:at + WORDS_A_LINE]) for at in range(0, len(texts), WORDS_A_LINE)))
    return seen


def nlp_built() -> bool:
    """Whether this process has built the NLP pipeline (and so loaded its stack) already."""
    build = sys.modules.get("pipeline.nlp.build")
    return build is not None and build.build_nlp.cache_info().currsize > 0
