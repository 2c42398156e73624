"""Import spaCy without its command line.

spaCy's package imports ``spacy.cli`` only to offer ``spacy.info``, and with it Typer commands,
weasel, httpx and requests: about 0.2 s of each ingest, for a CLI AnodeKG never runs. While spaCy is
first imported, stand-ins fill ``spacy.cli`` and ``spacy.cli.info`` in ``sys.modules``; they are taken
out right after, so a later ``import spacy.cli`` loads the real one, and ``spacy.info`` loads it when
called.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

STAND_INS = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def import_spacy() -> None:
    """Import spaCy (once a process) without loading its command line."""
    if "spacy" in sys.modules or any(name in sys.modules for name in STAND_INS):
        return
    stand_ins = {name: types.ModuleType(name) for name in STAND_INS}
    stand_ins["spacy.cli.info"].info = _info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        importlib.import_module("spacy")
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
