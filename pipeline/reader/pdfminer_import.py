"""Import pdfminer without two imports its modules make for what the reading seldom or never asks.

pdfminer's package looks its own version up through ``importlib.metadata`` as it loads (a module that
loads the email package, zipfile and csv: some 20 ms of CPU), and ``pdfminer.utils`` imports
charset_normalizer for its one function that guesses a byte string's encoding (some 15 ms). An
ingest's reading child pays both on the path the ingest waits for, where nothing runs beside it.

While the two pdfminer modules load, stand-ins fill those names in ``sys.modules``, and are taken out
right after (as ``nlp.spacy_import`` does for spaCy's command line): pdfminer's version is looked up
when asked (``pdfminer.__version__`` answers what it always did), and ``pdfminer.utils`` reaches the
real charset_normalizer, loaded at its first use. Any later import gets the real modules.
"""

from __future__ import annotations

import importlib
import sys
import types

PDFMINER_DISTRIBUTION = "pdfminer.six"
METADATA, ENCODINGS = "importlib.metadata", "charset_normalizer"
LOADED_WITH_STAND_INS = ("pdfminer", "pdfminer.utils")


class _NotLookedUp(Exception):
    """What the stand-in's ``version`` raises: pdfminer's version is looked up when asked (``_version``)."""


def _not_looked_up(name: str) -> str:
    raise _NotLookedUp(name)


def _version(name: str) -> str:
    """``pdfminer.__version__`` worked out as pdfminer's package does, at its first use."""
    if name != "__version__":
        raise AttributeError(f"module 'pdfminer' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version
    try:
        found = version(PDFMINER_DISTRIBUTION)
    except PackageNotFoundError:
        found = "0.0"
    sys.modules["pdfminer"].__version__ = found
    return found


def _real_encodings(name: str) -> object:
    return getattr(importlib.import_module(ENCODINGS), name)


def import_pdfminer() -> None:
    """pdfminer's package and ``pdfminer.utils``, imported (once a process) as the module docstring says."""
    if any(name in sys.modules for name in (*LOADED_WITH_STAND_INS, METADATA, ENCODINGS)):
        return                  # loaded already (or the stand-ins would save nothing): an import as usual
    metadata, encodings = types.ModuleType(METADATA), types.ModuleType(ENCODINGS)
    metadata.PackageNotFoundError = _NotLookedUp  # type: ignore[attr-defined]
    metadata.version = _not_looked_up  # type: ignore[attr-defined]
    encodings.__getattr__ = _real_encodings  # type: ignore[attr-defined]   # a module's own __getattr__ (PEP 562)
    stand_ins = {METADATA: metadata, ENCODINGS: encodings}
    sys.modules.update(stand_ins)
    try:
        for name in LOADED_WITH_STAND_INS:
            importlib.import_module(name)
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    pdfminer = sys.modules["pdfminer"]
    del pdfminer.__version__
    pdfminer.__getattr__ = _version  # type: ignore[attr-defined]
