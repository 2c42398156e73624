"""Import pdfminer without three imports its modules make for what the reading seldom or never asks.

pdfminer's package looks its own version up through ``importlib.metadata`` as it loads (a module that
loads the email package, zipfile and csv: some 20 ms of CPU), ``pdfminer.utils`` imports
charset_normalizer for its one function that guesses a byte string's encoding (some 15 ms), and
``pdfminer.pdfdocument`` imports the cryptography package's ciphers for the AES of an encrypted file
(some 14 ms). An ingest's reading child pays them on the path the ingest waits for, where nothing
runs beside it.

While the pdfminer modules load, stand-ins fill those names in ``sys.modules``, and are taken out
right after (as ``nlp.spacy_import`` does for spaCy's command line): pdfminer's version is looked up
when asked (``pdfminer.__version__`` answers what it always did), and ``pdfminer.utils`` reaches the
real charset_normalizer, and ``pdfminer.pdfdocument`` the real ciphers, loaded at their first use.
Any later import gets the real modules.

pdfminer decodes an ASCII85 stream (a page's content, as some publishers' systems write it) through
``base64.a85decode``, a Python loop over every byte: 6-10 ms for the sample review's 52 kB of content, on
the reading child's path (``fonts.PageFonts`` decodes each page's content once). ``a85decode`` here gives
the same bytes, a group of five digits at a time, and leaves any input it would not read as that loop
does (a stray byte, a ``z`` inside a group, an overflow) to the loop itself, which raises as it always did.
"""

from __future__ import annotations

import base64
import importlib
import struct
import sys
import types

PDFMINER_DISTRIBUTION = "pdfminer.six"
METADATA, ENCODINGS = "importlib.metadata", "charset_normalizer"
CIPHERS, BACKENDS = "cryptography.hazmat.primitives.ciphers", "cryptography.hazmat.backends"
LOADED_WITH_STAND_INS = ("pdfminer", "pdfminer.utils", "pdfminer.pdfdocument")

A85_IGNORED = b" \t\n\r\v"          # the bytes base64.a85decode skips by default
A85_DIGITS = bytes(range(ord("!"), ord("u") + 1))
A85_ZERO = b"!!!!!"                    # a group of five digits that reads as the four zero bytes "z" stands for
A85_OFFSET = 33 * (85**4 + 85**3 + 85**2 + 85 + 1)   # each digit is its byte less 33


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


def _loaded_at_first_use(name: str) -> types.ModuleType:
    """A stand-in for module ``name`` whose every attribute is the real module's, which loads when one is
    first asked for (a module's own __getattr__, PEP 562)."""
    module = types.ModuleType(name)
    module.__getattr__ = lambda attribute: getattr(importlib.import_module(name), attribute)  # type: ignore[attr-defined]
    return module


def _cipher_stand_ins() -> dict[str, types.ModuleType]:
    """The two cipher modules ``pdfminer.pdfdocument`` imports names from: each name a function or a module
    that reaches the real one when called or asked (the names are taken at import, so no module __getattr__
    could wait)."""
    ciphers, backends = types.ModuleType(CIPHERS), types.ModuleType(BACKENDS)
    ciphers.Cipher = lambda *args, **kwargs: importlib.import_module(CIPHERS).Cipher(*args, **kwargs)  # type: ignore[attr-defined]
    ciphers.algorithms = _loaded_at_first_use(f"{CIPHERS}.algorithms")  # type: ignore[attr-defined]
    ciphers.modes = _loaded_at_first_use(f"{CIPHERS}.modes")  # type: ignore[attr-defined]
    backends.default_backend = lambda: importlib.import_module(BACKENDS).default_backend()  # type: ignore[attr-defined]
    return {CIPHERS: ciphers, BACKENDS: backends}


def a85decode(data: bytes) -> bytes:
    """``base64.a85decode(data)`` with its default options, the same bytes made a group at a time: the digits
    (whitespace left out, each "z" as the group of zeros it stands for) padded with "u" to whole groups, each
    group read as one number, and as many bytes dropped from the end as digits were padded. What the loop
    would refuse goes to it."""
    if not isinstance(data, bytes):
        return base64.a85decode(data)
    digits = data.translate(None, A85_IGNORED)
    if digits.translate(None, A85_DIGITS + b"z"):
        return base64.a85decode(data)              # a byte no ASCII85 digit: it raises
    if b"z" in digits:
        groups = digits.split(b"z")
        if any(len(group) % 5 for group in groups[:-1]):
            return base64.a85decode(data)          # a "z" inside a group: it raises
        digits = A85_ZERO.join(groups)
    padding = -len(digits) % 5
    digits += b"u" * padding
    numbers = [((((a * 85 + b) * 85 + c) * 85 + d) * 85 + e) - A85_OFFSET
               for a, b, c, d, e in zip(digits[0::5], digits[1::5], digits[2::5], digits[3::5], digits[4::5],
                                        strict=True)]
    if numbers and max(numbers) > 0xFFFFFFFF:
        return base64.a85decode(data)              # a group past four bytes: it raises
    decoded = struct.pack(f">{len(numbers)}I", *numbers)
    return decoded[:len(decoded) - padding]


def _fast_ascii85() -> None:
    """pdfminer's ASCII85 filter on ``a85decode`` (see the module docstring)."""
    module = sys.modules.get("pdfminer.ascii85")
    if module is not None and module.a85decode is base64.a85decode:
        module.a85decode = a85decode


def import_pdfminer() -> None:
    """pdfminer's package, ``pdfminer.utils`` and ``pdfminer.pdfdocument``, imported (once a process) as the
    module docstring says, its ASCII85 filter on ``a85decode``."""
    if any(name in sys.modules for name in (*LOADED_WITH_STAND_INS, METADATA, ENCODINGS, CIPHERS, BACKENDS)):
        importlib.import_module("pdfminer.ascii85")
        _fast_ascii85()
        return                  # loaded already (or the stand-ins would save nothing): an import as usual
    metadata, encodings = types.ModuleType(METADATA), types.ModuleType(ENCODINGS)
    metadata.PackageNotFoundError = _NotLookedUp  # type: ignore[attr-defined]
    metadata.version = _not_looked_up  # type: ignore[attr-defined]
    encodings.__getattr__ = _real_encodings  # type: ignore[attr-defined]   # a module's own __getattr__ (PEP 562)
    stand_ins = {METADATA: metadata, ENCODINGS: encodings, **_cipher_stand_ins()}
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
    _fast_ascii85()
