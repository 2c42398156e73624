"""Identity across papers: which references and papers are one work, which names are one material.

Pure functions over records; ``build_rdf`` turns their keys into IRIs. Every paper's graph states
its own identity keys, so the union of the papers' graphs merges what is the same (no shared
graph is rewritten when a paper arrives).

Works. A reference or a paper has up to three keys, strongest first:

- ``doi``   its DOI, lower-cased;
- ``cite``  first author's surname, year, ISO-4-normalised journal, volume and first page
            (all five needed; "Adv. Mater." and "Advanced Materials" give the same key);
- ``title`` year and a hash of the title's letters and digits.

Its Work node is named by its strongest key; each weaker key names an alias node that points to it
(``akg:sameWorkAs``), so a review's reference keyed only by ``cite`` meets the ingested paper keyed
by ``doi`` that also states that ``cite`` key. With no key at all, a reference is a work of its own.

Materials. A name resolves through the alias table (``pipeline/data/materials.yaml``), then as a
chemical formula (parsed with chemparse and keyed by its composition, so "Li3PO4" = "Li₃PO₄"), then
as an element's name, and otherwise by its lower-cased words ("stainless-steel" = "stainless steel").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from chemparse import parse_formula

from pipeline.cache import parsed_yaml
from pipeline.data import JOURNALS_YAML, MATERIALS_YAML
from pipeline.records import Document, Reference

# ------------------------------------------------------------------------------------------ text


_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "ł": "l", "Ł": "L",
                       "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—−"})


def ascii_fold(text: str) -> str:
    """``text`` without accents or ligatures: "Blöchl" → "Blochl", "Muñoz" → "Munoz"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


def _clean(text: str) -> str:
    """NFKC (so "Li₃PO₄" reads "Li3PO4"), one kind of hyphen, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_DASHES).split())


# ------------------------------------------------------------------------------------------ works

DOI_PREFIX = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
INITIAL = re.compile(r"^(?:-?[A-Z][a-z]?\.)+-?$|^[A-Z]{1,3}$")    # "J.-M.", "Ch.", "AB"; never "Li" or "Wu"


@dataclass(frozen=True, slots=True)
class WorkKey:
    """One identity key of a work: ``kind`` is doi, cite, title, or ref/paper for a work of its own."""

    kind: str
    value: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}"


@dataclass(frozen=True, slots=True)
class WorkId:
    """Every key a reference or paper has, strongest first; ``primary`` names its Work node."""

    keys: tuple[WorkKey, ...]

    @property
    def primary(self) -> WorkKey:
        return self.keys[0]

    @property
    def aliases(self) -> tuple[WorkKey, ...]:
        return self.keys[1:]


def normalise_doi(doi: str) -> str:
    """A DOI as a key: without resolver prefix or trailing punctuation, lower case; "" when not a DOI."""
    text = DOI_PREFIX.sub("", doi.strip()).strip().rstrip(".,;)]").lower()
    return text if re.fullmatch(r"10\.\d{4,9}/\S+", text) else ""


def surname(author: str) -> str:
    """The surname of one author, as a key: "A. B. Surname", "Surname, A. B." and "Surname AB" → "surname"."""
    text = _clean(author)
    if "," in text:
        text = text.split(",", 1)[0]
    tokens = [t for t in re.split(r"\s+", text) if t]
    names = [t for t in tokens if not INITIAL.match(t)]       # "van der Waals" → "Waals", as both styles print it
    if not names:
        return ""
    key = re.sub(r"[^a-z]", "", ascii_fold(names[-1]).lower())
    return key if len(key) >= 2 else ""


def first_author_surname(authors: Sequence[str], raw: str = "") -> str:
    """The first author's surname from the parsed authors, else read off the start of the raw entry."""
    if authors:
        found = surname(authors[0])
        if found:
            return found
    if not raw:
        return ""
    # the first author is the text before the first separator: "M. Armand, …", "Armand, M. & …",
    # "Tarascon, J.M.; …", "G. Kresse and J. Furthmüller, …"
    head = re.split(r"\s+(?:and|&)\s+|;|\s&", _clean(raw), maxsplit=1)[0]
    parts = [p.strip() for p in head.split(",")]
    candidate = parts[0]
    if INITIAL.match(candidate.replace(" ", "")) and len(parts) > 1:
        candidate = parts[1]
    if len(candidate.split()) > 4:                 # not an author: a title or a sentence
        return ""
    return surname(candidate)


@dataclass(frozen=True, slots=True)
class JournalTable:
    """The ISO-4-style table of ``pipeline/data/journals.yaml``."""

    stopwords: frozenset[str]
    words: Mapping[str, str]           # full title word → abbreviation
    titles: Mapping[str, str]          # whole title (normalised words) → abbreviation
    known: frozenset[str]              # every word that can stand in a journal name


@cache
def journal_table() -> JournalTable:
    data = parsed_yaml(JOURNALS_YAML)
    words = {str(k): str(v) for k, v in data["words"].items()}
    titles = {" ".join(str(k).split()): str(v) for k, v in data["titles"].items()}
    stopwords = frozenset(str(w) for w in data["stopwords"])
    known = frozenset(words) | frozenset(words.values()) | stopwords | frozenset(data["unabbreviated"]) | \
        frozenset(w for text in (*titles, *titles.values()) for w in text.split())
    return JournalTable(stopwords, words, titles, known)


def _journal_words(text: str) -> list[str]:
    """Words of a journal name as printed: dots, hyphens and case changes split ("NanoLett." → Nano, Lett)."""
    text = ascii_fold(_clean(text)).replace("&", " and ")
    text = re.sub(r"\b(?:[A-Z]\.\s?){2,}[A-Z]?\b", lambda m: re.sub(r"[.\s]", "", m.group(0)) + " ", text)  # U.S.A.
    text = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", text)     # "ACSAppl." → ACS Appl
    return [w for w in re.split(r"[\s.,:;/()\[\]-]+", text) if w]


def _abbreviate(words: Sequence[str], table: JournalTable) -> str:
    kept = [w.lower() for w in words if not (w.lower() in table.stopwords and not (len(w) == 1 and w.isupper()))]
    if not kept:
        return ""
    joined = " ".join(kept)
    if joined in table.titles:
        return table.titles[joined]
    if len(kept) == 1:                         # ISO 4: a one-word title is not abbreviated
        return kept[0]
    abbreviated = " ".join(table.words.get(w, w) for w in kept)
    return table.titles.get(abbreviated, abbreviated)


def _all_known(words: Sequence[str], table: JournalTable) -> bool:
    return all(w.lower() in table.known or len(w) == 1 for w in words)


def journal_key(journal: str) -> str:
    """The journal as ISO-4-style abbreviated words, lower case: "Advanced Materials" → "adv mater".

    A trailing year or volume is dropped ("Adv. Sci. 2017"). When the field also holds what the
    reader failed to split off (authors, a title), the longest tail made only of known journal
    words is taken ("Building better batteries. Nature" → "nature").
    """
    text = re.sub(r"[\s,.;:]*(?:\(?\b(?:19|20)\d{2}\b\)?|\b\d+)[\s,.;:]*$", "", _clean(journal)).strip(" ,.;:")
    if not text:
        return ""
    table = journal_table()
    words = _journal_words(text)
    if _all_known(words, table):
        return _abbreviate(words, table)
    starts = [m.end() for m in re.finditer(r"(?<=[\w)])\.\s*(?=[A-Z])|,\s+", text)]
    for start in starts:                       # the longest tail made only of journal words
        tail = _journal_words(text[start:])
        if tail and _all_known(tail, table):
            return _abbreviate(tail, table)
    if "," not in text and len(words) <= 6:    # a journal the table does not know
        return _abbreviate(words, table)
    return _abbreviate(_journal_words(text[starts[-1]:] if starts else text), table)


def volume_key(volume: str) -> str:
    match = re.search(r"[A-Za-z]?\d+", volume or "")
    return match.group(0).lower() if match else ""


def first_page(pages: str) -> str:
    """The first page or article number: "652–657" → "652", "pp. 11169-11186" → "11169", "018801" → "18801"."""
    text = re.sub(r"^\s*(?:pp?\.|pages?|article\s+(?:id|no\.?|number))\s*", "", _clean(pages or ""), flags=re.I)
    match = re.match(r"([A-Za-z]{0,4})0*(\d+)", text)
    return (match.group(1) + match.group(2)).lower() if match else ""


def title_key(title: str, year: int | None) -> str:
    """Year and a hash of the title's letters and digits (spaces, case, hyphens and accents ignored)."""
    letters = re.sub(r"[^a-z0-9]", "", ascii_fold(_clean(title)).lower())
    if year is None or len(letters) < 25:
        return ""
    return f"{year}:{hashlib.sha1(letters.encode()).hexdigest()[:16]}"


# The tail of a reference entry in the common styles, for when the reader left volume or pages empty:
# "Nature 2001, 414, 359–367." · "Physical Review A 42, no. 12 (1990): 7355–7367." ·
# "Physical Review B, vol. 54, no. 16, pp. 11169–11186, 1996." · "Nature 451, 652–657 (2008)."
_JOURNAL = r"(?P<journal>[A-Z][^\d“”\"()]*?)"
_PAGE = r"(?P<pages>[A-Za-z]{0,4}\d[\w]*)"
RAW_TAILS = (
    re.compile(_JOURNAL + r",?\s+(?P<year>(?:19|20)\d{2}),\s*(?P<volume>\d+)(?:\s*\(\w+\))?,\s*" + _PAGE),
    re.compile(_JOURNAL + r",?\s+(?P<volume>\d+)(?:,\s*no\.\s*\w+)?\s*\((?P<year>(?:19|20)\d{2})\)\s*:\s*" + _PAGE),
    re.compile(_JOURNAL + r",\s*vol\.\s*(?P<volume>\d+)(?:,\s*no\.\s*\w+)?,\s*(?:pp?\.\s*|article\s+id\s*)?"
               + _PAGE + r"[^,]*,\s*(?:\w+\.?\s+)?(?P<year>(?:19|20)\d{2})", re.IGNORECASE),
    re.compile(_JOURNAL + r"\s+(?P<volume>\d+),\s*" + _PAGE + r"(?:[–-]\w+)?\s*\((?P<year>(?:19|20)\d{2})\)"),
)


def raw_fields(raw: str, year: int | None) -> tuple[str, str, str]:
    """(journal, volume, pages) read off a raw entry's tail, when its year agrees; empty when none fits."""
    text = _clean(raw)
    for pattern in RAW_TAILS:
        for match in pattern.finditer(text):
            if year is None or int(match["year"]) == year:
                return match["journal"], match["volume"], match["pages"]
    return "", "", ""


def work_keys(*, doi: str = "", authors: Sequence[str] = (), year: int | None = None, journal: str = "",
              volume: str = "", pages: str = "", title: str = "", raw: str = "") -> tuple[WorkKey, ...]:
    """Every key the given bibliographic fields support, strongest first; missing fields drop a key."""
    keys: list[WorkKey] = []
    if normalised := normalise_doi(doi):
        keys.append(WorkKey("doi", normalised))
    if raw and not (journal and volume and pages):       # what the reader could not split off
        found = raw_fields(raw, year)
        journal, volume, pages = journal or found[0], volume or found[1], pages or found[2]
    parts = (first_author_surname(authors, raw), str(year or ""), journal_key(journal).replace(" ", "-"),
             volume_key(volume), first_page(pages))
    if all(parts):
        keys.append(WorkKey("cite", ":".join(parts)))
    if found := title_key(title, year):
        keys.append(WorkKey("title", found))
    return tuple(keys)


def reference_work(ref: Reference, citing_doc_id: str) -> WorkId:
    """The identity of the work a reference-list entry cites; a work of its own when nothing keys it."""
    doi = ref.doi if normalise_doi(ref.doi) != citing_doc_id.lower() else ""   # a paper never cites itself
    keys = work_keys(doi=doi, authors=ref.authors, year=ref.year, journal=ref.journal, volume=ref.volume,
                     pages=ref.pages, title=ref.title, raw=ref.raw)
    return WorkId(keys or (WorkKey("ref", f"{citing_doc_id}#{ref.number}{ref.part}"),))


def paper_work(document: Document) -> WorkId:
    """The identity of an ingested paper's own work."""
    meta = document.meta
    doi = meta.doi or ("" if document.doc_id.startswith("sha256:") else document.doc_id)
    keys = work_keys(doi=doi, authors=meta.authors, year=meta.year, journal=meta.journal, volume=meta.volume,
                     pages=meta.pages, title=meta.title)
    return WorkId(keys or (WorkKey("paper", document.doc_id),))


# -------------------------------------------------------------------------------------- materials

FORMULA_TEXT = re.compile(r"(?:[A-Z][a-z]?|\d+(?:\.\d+)?|[()\[\]])+")
CHARGE = re.compile(r"(?<=[A-Za-z0-9)\]])(\d?[+-])$")


@dataclass(frozen=True, slots=True)
class MaterialId:
    """One material: ``key`` names its node (a composition for formulas), ``label`` is how it reads."""

    key: str
    label: str
    formula: bool = False


@dataclass(frozen=True, slots=True)
class MaterialTable:
    """The alias table of ``pipeline/data/materials.yaml``, indexed."""

    exact: Mapping[str, str]           # alias or name as written → canonical name
    folded: Mapping[str, str]          # folded alias (case, spaces, hyphens ignored) → canonical name
    element_names: Mapping[str, str]   # folded element name → symbol ("copper" → "Cu")
    symbols: frozenset[str]
    by_composition: Mapping[str, str]  # composition key → canonical name, for entries that are formulas
    metals: frozenset[str] = frozenset()  # symbols of the elements that are metals (or metalloids)
    insulators: frozenset[str] = frozenset()  # canonical names of materials that conduct no electrons


def _fold(name: str) -> str:
    return " ".join(re.split(r"[\s_-]+", name.lower())).strip()


@cache
def material_table() -> MaterialTable:
    data = parsed_yaml(MATERIALS_YAML)
    symbols = frozenset(str(s) for s in data["elements"])
    element_names = {_fold(name): str(symbol) for symbol, names in data["elements"].items()
                     for name in ([names] if isinstance(names, str) else names)}
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    by_composition: dict[str, str] = {}
    for entry in data["materials"]:
        name = _clean(str(entry["name"]))
        for alias in (name, *(_clean(str(a)) for a in entry["aliases"])):
            exact[alias] = name
            if len(alias) > 4:
                folded[_fold(alias)] = name
        if composition := composition_key(name, symbols):
            by_composition[composition] = name
    metals = symbols - frozenset(str(s) for s in data.get("nonmetals", ()))
    insulators = frozenset(str(name) for name in data.get("insulators", ()))
    return MaterialTable(exact, folded, element_names, symbols, by_composition, metals, insulators)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def composition_key(text: str, symbols: frozenset[str]) -> str:
    """Hill-order composition of a formula ("Li3PO4" → "Li3O4P"), or "" when ``text`` is no formula.

    chemparse does the parsing (groups, fractional counts); every symbol must be an element. An
    acronym made of element letters ("PAN", "CNS") is not a formula: a formula needs a digit, a
    two-letter symbol, or to be a single element; and a salt's acronym ("LiFSI", "LiBOB", "LiPON"),
    three capitals in a row with no count anywhere, is not one either.
    """
    text = text.replace(" ", "")
    if not FORMULA_TEXT.fullmatch(text) or not (text[0].isupper() or text[0] in "(["):
        return ""
    if not (re.search(r"\d|[a-z]", text) or text in symbols):
        return ""
    if not re.search(r"\d", text) and re.search(r"[A-Z]{3}", text):
        return ""
    try:
        counts = parse_formula(text)
    except Exception:                          # chemparse raises its own errors as well as bare ones
        return ""
    if not counts or not set(counts) <= symbols or any(v <= 0 for v in counts.values()):
        return ""
    hill = "C" in counts
    order = sorted(counts, key=lambda s: (0 if hill and s == "C" else 1 if hill and s == "H" else 2, s))
    return "".join(s + ("" if counts[s] == 1 else _number(counts[s])) for s in order)


def material_identity(name: str) -> MaterialId:
    """The one material a name means: "rGO" and "reduced graphene oxide" give the same key."""
    table = material_table()
    text = _clean(name)
    canonical = table.exact.get(text) or (table.folded.get(_fold(text)) if len(text) > 4 else None)
    if canonical is None and len(text) > 2 and text.lower() == text:
        canonical = table.element_names.get(_fold(text))          # "copper" → "Cu"
    written = canonical or text
    charge = CHARGE.search(written)
    core, suffix = (written[:charge.start()], charge.group(1)) if charge else (written, "")
    if composition := composition_key(core, table.symbols):
        label = canonical or (table.by_composition.get(composition, core.replace(" ", "")) + suffix)
        return MaterialId(composition + suffix, label, formula=True)
    if canonical:
        return MaterialId(_slug(canonical), canonical)
    return MaterialId(_slug(text), text if re.search(r"[A-Z]", text[1:]) else _fold(text))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9()+,]+", "-", ascii_fold(name).lower()).strip("-") or "unnamed"
