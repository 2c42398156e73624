"""Compiled regular expressions kept on disk between processes.

An ingest compiles some 480 regular expressions (spaCy's tokenizer rules and matcher predicates, the
reader's and the extractor's patterns), the same ones in every process: 0.13 s of CPU, in the reading
and in the loading of the NLP pipeline, and 40 ms after both, where nothing runs beside it. Python's
``re`` compiles a pattern in two steps: parsing and code generation, in Python (nearly all the time),
then ``_sre.compile``, in C, which makes the pattern object from the code. ``install`` puts a lookup of
the code an earlier process saved (keyed by the pattern and its flags) in front of the first step, so
only the C step is left; ``save`` keeps the code of the patterns compiled anew for the next process.
The file holds the code of every pattern the ingests of a while have compiled (some 4,000, 10 MB), of which
one process uses a few hundred: it is mapped, not read, and a pattern's code is read where the pattern is
compiled (an index, read first, says where; reading all of it took 20 ms of each process's start).
The code is what the same Python made of the same pattern (the entry is keyed by the interpreter's
version), so a pattern matches exactly as before. Where ``re``'s internals are not the ones this is
written for (another Python), nothing is installed and ``re`` works as it always does.

Only the command line installs it: it changes ``re`` for the whole process, which is the command's own.
"""

from __future__ import annotations

import _sre
import contextlib
import hashlib
import marshal
import mmap
import re
import struct
import sys
import time
from array import array
from re import _compiler, _parser  # type: ignore[attr-defined]

from pipeline.cache import map_entry, read_entry, source_key, write_entry

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

HEADER = struct.Struct("<Q")     # the file: the size of the index, the index (marshalled: each key's digest →
                                 # the place and size of its part in the rest), then each part: (key, entry)
FORMAT = "digests"               # in the cache's key: a file of another layout is never read as this one

_original = _compiler.compile
_known: dict[Key, Entry] = {}   # the entries this process made or read
_saved: list[tuple[dict[bytes, tuple[int, int]], memoryview]] = []  # the file's index and parts, once mapped
_used: set[Key] = set()
_new: set[Key] = set()
_compiling = [0.0]      # s spent compiling patterns anew since the last save


def _key() -> str:
    return source_key([], sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), FORMAT)


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
        entry = _saved_entry(key)
        if entry is None:
            started = time.perf_counter()
            entry = _entry(pattern, flags)
            _new.add(key)
            _compiling[0] += time.perf_counter() - started
        _known[key] = entry
    _used.add(key)
    return _made(pattern, entry)


def _saved_entry(key: Key) -> Entry | None:
    """The entry the file saved for ``key``, or None (none saved, or one that does not read)."""
    if not _saved:
        return None
    index, parts = _saved[0]
    place = index.get(_digest(key))
    if place is None:
        return None
    start, size = place
    with contextlib.suppress(Exception):       # a damaged part is compiled anew
        saved, entry = marshal.loads(parts[start:start + size])
        if saved == key and isinstance(entry, tuple) and len(entry) == 5:
            return entry
    return None


def _digest(key: Key) -> bytes:
    """What the index knows a key by (the same in every process, a str pattern apart from the same bytes): the
    patterns themselves (a megabyte of them) would make the index as slow to read as all the code was."""
    pattern, flags = key
    text = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else pattern
    return hashlib.blake2b(text, digest_size=16, person=b"s" if isinstance(pattern, str) else b"b",
                           salt=flags.to_bytes(8, "little", signed=True)).digest()


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


def _index(data: bytes | mmap.mmap | None) -> tuple[dict[bytes, tuple[int, int]], memoryview] | None:
    """The index of a saved file and the parts it indexes, None where the file does not read as one."""
    if not data:
        return None
    with contextlib.suppress(Exception):       # a damaged file is only a cold start
        view = memoryview(data)
        (size,) = HEADER.unpack_from(view)
        index = marshal.loads(view[HEADER.size:HEADER.size + size])
        if isinstance(index, dict):
            return index, view[HEADER.size + size:]
    return None


def _load() -> dict[Key, Entry]:
    """Every entry the file holds (to save it again with what this process adds)."""
    found = _index(read_entry(NAME, _key()))
    if found is None:
        return {}
    index, parts = found
    loaded = {}
    with contextlib.suppress(Exception):
        for start, size in index.values():
            key, entry = marshal.loads(parts[start:start + size])
            loaded[key] = entry
    return loaded


def _dumps(entries: dict[Key, Entry]) -> bytes:
    index, parts, at = {}, [], 0
    for key, entry in entries.items():
        part = marshal.dumps((key, entry))
        index[_digest(key)] = (at, len(part))
        parts.append(part)
        at += len(part)
    head = marshal.dumps(index)
    return HEADER.pack(len(head)) + head + b"".join(parts)


def install() -> None:
    """Compile this process's regular expressions from the code saved on disk (once a process)."""
    if _compiler.compile is _compile or not _works():
        return
    found = _index(map_entry(NAME, _key()))
    if found is not None:
        _saved[:] = [found]
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
    write_entry(NAME, _key(), _dumps(kept))
    _new.clear()
    _compiling[0] = 0.0
