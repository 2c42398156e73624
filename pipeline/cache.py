"""Results derived from the package's own data files, kept on disk between processes.

Parsing the ontology with rdflib or the lexicons' YAML, and building spaCy's matchers, cost more than
a whole named query; their results change only when those files do. Each entry is stored under a key
made from the bytes it was derived from (and AnodeKG's version), so an edited file is never served
stale. The folder is $ANODEKG_CACHE, else $XDG_CACHE_HOME/anodekg, else ~/.cache/anodekg; where it
cannot be written, every process derives the results afresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import mmap
import os
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pipeline import __version__

CACHE_ENV = "ANODEKG_CACHE"


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "anodekg"


def source_key(paths: Iterable[Path], *extra: str) -> str:
    """A key that changes whenever one of ``paths`` (or ``extra``, or AnodeKG's version) does."""
    digest = hashlib.sha256(__version__.encode())
    for path in paths:
        digest.update(Path(path).read_bytes())
    for text in extra:
        digest.update(text.encode())
    return digest.hexdigest()[:20]


def cached_bytes(name: str, key: str, compute: Callable[[], bytes]) -> bytes:
    """The bytes stored as ``name`` for ``key``, or ``compute()``'s, stored for the next process."""
    data = read_entry(name, key)
    if data is None:
        data = compute()
        write_entry(name, key, data)
    return data


def read_entry(name: str, key: str) -> bytes | None:
    """The bytes stored as ``name`` for ``key``, None when there are none (or they cannot be read)."""
    with contextlib.suppress(OSError):
        return (cache_dir() / f"{name}-{key}").read_bytes()
    return None


def map_entry(name: str, key: str) -> mmap.mmap | None:
    """The bytes stored as ``name`` for ``key`` mapped into memory, read only where they are used (None when
    there are none, or they cannot be read). A later ``write_entry`` replaces the file, not what is mapped."""
    with contextlib.suppress(OSError, ValueError), open(cache_dir() / f"{name}-{key}", "rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    return None


def write_entry(name: str, key: str, data: bytes) -> None:
    """Store ``data`` as ``name`` for ``key``; a folder that cannot be written keeps nothing."""
    path = cache_dir() / f"{name}-{key}"
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
        temp.write_bytes(data)
        os.replace(temp, path)          # whole or not at all, even with several processes at once


def parsed_yaml(path: Path) -> Any:
    """``path`` parsed as YAML (libyaml's safe loader where PyYAML has it: the same values, parsed ten times
    faster), kept on disk as marshal data under the file's bytes. Both processes of an ingest read the
    lexicons; loading PyYAML and parsing them took some 20 ms of CPU on each one's way, reading the kept
    values takes a fraction of one. Values marshal cannot keep (a date) are parsed every time."""
    name = f"yaml-{path.parent.name}-{path.stem}"       # two folders hold a materials.yaml
    key = source_key([path], sys.version, str(marshal.version))
    kept = read_entry(name, key)
    if kept is not None:
        with contextlib.suppress(Exception):     # a damaged entry is parsed anew
            return marshal.loads(kept)
    import yaml
    value = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    with contextlib.suppress(ValueError):
        write_entry(name, key, marshal.dumps(value))
    return value
