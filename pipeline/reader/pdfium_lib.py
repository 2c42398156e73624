"""The pdfium functions, structures and constants the reader calls, declared here rather than taken from
``pypdfium2_raw``: importing it costs the reading child some 17 ms of CPU (``ctypes.util``, which loads
subprocess and tempfile, and some 500 prototypes of which the reader calls 40), on the path an ingest waits for.

The library is the file ``pypdfium2_raw`` ships, found where its own loader looks for it (beside the package,
named by the platform's prefix and suffix) without importing the package. Where it is not there (a build that
loads pdfium from elsewhere), the functions are taken from ``pypdfium2_raw`` itself: either way they are the
same loaded library as pypdfium2's, so pdfium started by the one is started for the other.

Every function is declared with plain handle types (``c_void_p``: a handle is an int, or None where pdfium gives
none): ctypes converts those much faster than the typed pointers pypdfium2 declares, and the per-char loop makes
hundreds of thousands of calls. The declarations follow pdfium's public headers (fpdfview.h, fpdf_text.h,
fpdf_edit.h); tests/test_reader_backends.py checks them against pypdfium2_raw's.
"""

from __future__ import annotations

import ctypes
import importlib.util
import sys
from ctypes import (
    POINTER,
    Structure,
    c_char_p,
    c_float,
    c_int,
    c_uint,
    c_uint32,
    c_ulong,
    c_ushort,
    c_void_p,
)
from pathlib import Path

# public constants of fpdf_edit.h and fpdfview.h
FPDF_PAGEOBJ_TEXT, FPDF_PAGEOBJ_PATH, FPDF_PAGEOBJ_IMAGE, FPDF_PAGEOBJ_FORM = 1, 2, 3, 5
FPDF_SEGMENT_LINETO, FPDF_SEGMENT_BEZIERTO, FPDF_SEGMENT_MOVETO = 0, 1, 2
FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY = 4, 5


class FS_MATRIX(Structure):  # noqa: N801 - pdfium's name
    _fields_ = [("a", c_float), ("b", c_float), ("c", c_float), ("d", c_float), ("e", c_float), ("f", c_float)]


class FS_RECTF(Structure):  # noqa: N801 - pdfium's name
    _fields_ = [("left", c_float), ("top", c_float), ("right", c_float), ("bottom", c_float)]


class FPDF_LIBRARY_CONFIG(Structure):  # noqa: N801 - pdfium's name
    """Version 2 of the configuration: pdfium reads no field after ``m_v8EmbedderSlot``."""
    _fields_ = [("version", c_int), ("m_pUserFontPaths", POINTER(c_char_p)), ("m_pIsolate", c_void_p),
                ("m_v8EmbedderSlot", c_uint)]


def _library_file() -> Path | None:
    """Where pypdfium2_raw's loader finds pdfium: its package's folder, ``{prefix}pdfium.{suffix}``."""
    spec = importlib.util.find_spec("pypdfium2_raw")
    if spec is None or not spec.submodule_search_locations:
        return None
    if sys.platform.startswith(("win32", "cygwin", "msys")):
        name = "pdfium.dll"
    elif sys.platform.startswith(("darwin", "ios")):
        name = "libpdfium.dylib"
    else:
        name = "libpdfium.so"
    found = Path(next(iter(spec.submodule_search_locations))) / name
    return found if found.is_file() else None


def _functions() -> object:
    """What the functions are looked up on: the library itself, or pypdfium2_raw's bindings where the file is
    not where its loader usually finds it."""
    found = _library_file()
    if found is not None:
        return ctypes.CDLL(str(found))
    import pypdfium2_raw
    return pypdfium2_raw


_SOURCE = _functions()


def _declare(name: str, restype: object, *argtypes: object) -> ctypes._CFuncPtr:
    """pdfium's function ``name`` with these types, converting its arguments as ctypes does."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(getattr(_SOURCE, name), c_void_p).value)


def _unconverted(name: str, restype: object) -> ctypes._CFuncPtr:
    """pdfium's function ``name`` called with no conversion of its arguments at all, twice as fast again for the
    two calls every char costs: each argument must be a ctypes value already (a handle as a c_void_p, a pointer as
    a byref), or an int that fits a C int."""
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(getattr(_SOURCE, name), c_void_p).value)


_PF = POINTER(c_float)
Handle = int      # a document's, page's or object's handle: its address (none is None)

# fpdfview.h: the library, documents, pages
FPDF_InitLibraryWithConfig = _declare("FPDF_InitLibraryWithConfig", None, POINTER(FPDF_LIBRARY_CONFIG))
FPDF_LoadDocument = _declare("FPDF_LoadDocument", c_void_p, c_char_p, c_char_p)
FPDF_GetLastError = _declare("FPDF_GetLastError", c_ulong)
FPDF_GetPageCount = _declare("FPDF_GetPageCount", c_int, c_void_p)
FPDF_CloseDocument = _declare("FPDF_CloseDocument", None, c_void_p)
FPDF_LoadPage = _declare("FPDF_LoadPage", c_void_p, c_void_p, c_int)
FPDF_ClosePage = _declare("FPDF_ClosePage", None, c_void_p)
FPDF_GetPageBoundingBox = _declare("FPDF_GetPageBoundingBox", c_int, c_void_p, POINTER(FS_RECTF))
# fpdf_doc.h, fpdf_transformpage.h, fpdf_edit.h: a document's metadata, a page's box and rotation
FPDF_GetMetaText = _declare("FPDF_GetMetaText", c_ulong, c_void_p, c_char_p, c_void_p, c_ulong)
FPDFPage_GetMediaBox = _declare("FPDFPage_GetMediaBox", c_int, c_void_p, _PF, _PF, _PF, _PF)
FPDFPage_GetRotation = _declare("FPDFPage_GetRotation", c_int, c_void_p)

# fpdf_text.h: a page's text and its chars
FPDFText_LoadPage = _declare("FPDFText_LoadPage", c_void_p, c_void_p)
FPDFText_ClosePage = _declare("FPDFText_ClosePage", None, c_void_p)
FPDFText_CountChars = _declare("FPDFText_CountChars", c_int, c_void_p)
FPDFText_GetTextObject = _unconverted("FPDFText_GetTextObject", c_void_p)
FPDFText_GetCharOrigin = _unconverted("FPDFText_GetCharOrigin", c_int)
FPDFText_GetUnicode = _declare("FPDFText_GetUnicode", c_uint, c_void_p, c_int)
FPDFText_GetText = _declare("FPDFText_GetText", c_int, c_void_p, c_int, c_int, POINTER(c_ushort))
FPDFText_IsGenerated = _unconverted("FPDFText_IsGenerated", c_int)
FPDFText_IsHyphen = _unconverted("FPDFText_IsHyphen", c_int)
FPDFText_HasUnicodeMapError = _declare("FPDFText_HasUnicodeMapError", c_int, c_void_p, c_int)
FPDFText_GetMatrix = _declare("FPDFText_GetMatrix", c_int, c_void_p, c_int, POINTER(FS_MATRIX))
FPDFText_GetLooseCharBox = _declare("FPDFText_GetLooseCharBox", c_int, c_void_p, c_int, POINTER(FS_RECTF))

# fpdf_edit.h: text objects' fonts, a page's objects, forms, paths
FPDFTextObj_GetFont = _declare("FPDFTextObj_GetFont", c_void_p, c_void_p)
FPDFTextObj_GetFontSize = _declare("FPDFTextObj_GetFontSize", c_int, c_void_p, _PF)
FPDFFont_GetBaseFontName = _declare("FPDFFont_GetBaseFontName", c_ulong, c_void_p, c_char_p, c_ulong)
FPDFFont_GetFlags = _declare("FPDFFont_GetFlags", c_int, c_void_p)
FPDFFont_GetDescent = _declare("FPDFFont_GetDescent", c_int, c_void_p, c_float, _PF)
FPDFFont_GetFontData = _declare("FPDFFont_GetFontData", c_int, c_void_p, c_void_p, c_ulong, POINTER(c_ulong))
FPDFFont_GetGlyphWidth = _declare("FPDFFont_GetGlyphWidth", c_int, c_void_p, c_uint32, c_float, _PF)
FPDFPage_CountObjects = _declare("FPDFPage_CountObjects", c_int, c_void_p)
FPDFPage_GetObject = _declare("FPDFPage_GetObject", c_void_p, c_void_p, c_int)
FPDFFormObj_CountObjects = _declare("FPDFFormObj_CountObjects", c_int, c_void_p)
FPDFFormObj_GetObject = _declare("FPDFFormObj_GetObject", c_void_p, c_void_p, c_ulong)
FPDFPageObj_GetType = _declare("FPDFPageObj_GetType", c_int, c_void_p)
FPDFPageObj_GetMatrix = _declare("FPDFPageObj_GetMatrix", c_int, c_void_p, POINTER(FS_MATRIX))
FPDFPageObj_GetBounds = _declare("FPDFPageObj_GetBounds", c_int, c_void_p, _PF, _PF, _PF, _PF)
FPDFPath_CountSegments = _declare("FPDFPath_CountSegments", c_int, c_void_p)
FPDFPath_GetPathSegment = _declare("FPDFPath_GetPathSegment", c_void_p, c_void_p, c_int)
FPDFPathSegment_GetPoint = _declare("FPDFPathSegment_GetPoint", c_int, c_void_p, _PF, _PF)
FPDFPathSegment_GetType = _declare("FPDFPathSegment_GetType", c_int, c_void_p)
