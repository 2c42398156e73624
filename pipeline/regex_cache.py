"""Compiled regular expressions kept on disk between processes.

An ingest compiles some 480 regular expressions (spaCy's tokenizer rules and matcher predicates, the
reader's and the extractor's patterns), the same ones in every process: 0.13 s of CPU, in the reading
and in the loading of the NLP pipeline, and 40 ms after both, where nothing runs beside it. Python's
``re`` compiles a pattern in two steps: parsing and code generation, in Python (nearly all the time),
then ``_sre.compile``, in C, which makes the pattern object from the code. ``install`` puts a lookup of
the code an earlier process saved (keyed by the pattern and its flags) in front of the first step, so
only the C step is left; ``save`` keeps the code of the patterns compiled anew for the next process.
The code is what the same Python made of the same pattern (the entry is keyed by the interpreter's
version), so a pattern matches exactly as before. Where ``re``'s internals are not the ones this is
written for (another Python), nothing is installed and ``re`` works as it always does.

Only the command line installs it: it changes ``re`` for the whole process, which is the command's own.
"""

from __future__ import annotations

import _sre
import contextlib
import marshal
import re
import sys
import time
from array import array
from re import _compiler, _parser  # type: ignore[attr-defined]

from pipeline.cache import read_entry, source_key, write_entry

NAME = "regex"
MAX_ENTRIES = 4000      # beyond this the file starts afresh from what one process used (patterns made
                        # from a paper's words would otherwise pile up, and every process loads them all)
SAVE_AFTER = 0.01       # s of compiling anew worth a save: some libraries build a pattern from a set, its
                        # order new in every process; saving that alone would cost more than it saves

# _sre.compile's arguments after the pattern, the code packed in bytes: as a list it would be some 150,000
# ints in lists the garbage collector goes over in every full collection of the process
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str | bytes, int]
CODE = next(kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE)   # one code word as array keeps it

_original = _compiler.compile
_known: dict[Key, Entry] = {}
_used: set[Key] = set()
_new: set[Key] = set()
_compiling = [0.0]      # s spent compiling patterns anew since the last save


def _key() -> str:
    return source_key([], sys.version, str(_sre.MAGIC), str(_sre.CODESIZE))


def _entry(pattern: str | bytes, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``, made the way it makes it."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return int(flags | state.flags), array(CODE, code).tobytes(), state.groups - 1, dict(state.groupdict), \
        tuple(indexgroup)


def _compile(pattern: object, flags: int = 0) -> re.Pattern:
    """``re._compiler.compile`` with the first step looked up (a parsed pattern, a subclass of str, or
    DEBUG goes through)."""
    if type(pattern) not in (str, bytes) or flags & re.DEBUG:
        return _original(pattern, flags)
    key = (pattern, int(flags))
    entry = _known.get(key)
    if entry is None:
        started = time.perf_counter()
        entry = _known[key] = _entry(pattern, flags)
        _new.add(key)
        _compiling[0] += time.perf_counter() - started
    _used.add(key)
    return _made(pattern, entry)


def _made(pattern: str | bytes, entry: Entry) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(CODE, code).tolist(), groups, groupindex, indexgroup)


def _works() -> bool:
    """Whether this Python compiles a pattern the way ``_entry`` does (groups, flags, a charset)."""
    probe = r"(?P<a>[^\W\d_]+)(?i:x|[0-9٠-٩]{2,})\1(?P=a)?$"
    try:
        return all(_made(probe, _entry(probe, flags)) == _original(probe, flags) for flags in (0, re.M))
    except Exception:  # noqa: BLE001 — internals changed: leave re alone
        return False


def _load() -> dict[Key, Entry]:
    data = read_entry(NAME, _key())
    if data:
        with contextlib.suppress(Exception):       # a damaged file is only a cold start
            loaded = marshal.loads(data)
            if isinstance(loaded, dict):
                return loaded
    return {}


def install() -> None:
    """Compile this process's regular expressions from the code saved on disk (once a process)."""
    if _compiler.compile is _compile or not _works():
        return
    _known.update(_load())
    _compiler.compile = _compile


def save() -> None:
    """Keep the code of the patterns this process compiled anew (with what another process saved
    meanwhile), when compiling them took long enough to be worth it; nothing to do when the cache is
    not installed."""
    if _compiling[0] < SAVE_AFTER:
        return
    kept = {**_load(), **{key: _known[key] for key in _new}}
    if len(kept) > MAX_ENTRIES:
        kept = {key: _known[key] for key in _used}
    write_entry(NAME, _key(), marshal.dumps(kept))
    _new.clear()
    _compiling[0] = 0.0
