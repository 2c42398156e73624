"""The reference list → numbered Reference records; in-text markers → resolved numbers.

Entries are split on their printed numbers, then each is parsed field by field. The parser reads
the common numbered styles (Wiley/ACS: "A. B. Surname, Journal 2016, 7, 12."; Nature/RSC/Elsevier:
"Surname, A. B. & Other, C. Title. Journal 7, 12 (2016)."), driven by the shape of the entry rather
than by any one list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pipeline.records import Block, BlockKind, Reference

DOI = re.compile(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^\s,;]+[^\s,;.])", re.IGNORECASE)
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)[a-z]?\b")
INITIALS = r"(?:[A-Z][a-z]?\.\s?-?\s?)+"
SURNAME = r"(?:(?:van|von|de|der|den|da|di|del|la|le|Mc|Mac|O')\s?)*[A-Z][\w'’\-]*(?:[\s\-][A-Z][\w'’\-]+)?"
AUTHOR_INITIALS_FIRST = re.compile(rf"^{INITIALS}\s?{SURNAME}$", re.UNICODE)
AUTHOR_SURNAME_FIRST = re.compile(rf"^{SURNAME},?\s{INITIALS}$", re.UNICODE)
WILEY_TAIL = re.compile(
    r"(?P<journal>[^\d,][^,]*?)\s*,?\s+(?P<year>(?:19|20)\d{2})[a-z]?\s*,\s*(?P<volume>[\w\-–]+)\s*,\s*"
    r"(?P<pages>[A-Za-z]?\d[\w\-–]*)")
NATURE_TAIL = re.compile(
    r"(?P<journal>[A-Z][^\d()]*?)\s+(?P<volume>\d[\w\-–]*)\s*,\s*(?P<pages>[A-Za-z]?\d[\w\-–]*)\s*\((?P<year>(?:19|20)\d{2})\)")


def split_entries(blocks: Sequence[Block]) -> list[tuple[int, str]]:
    """The numbered entries of the reference list, in order, as (number, raw text)."""
    from pipeline.blocks import reference_number

    entries: list[tuple[int, str]] = []
    for block in blocks:
        if block.kind != BlockKind.REFERENCES:
            continue
        number = reference_number(block.text)
        text = re.sub(r"^\s*(\[\d+\]|\d+\.|\(\d+\))\s*", "", block.text)
        if number is None:
            if entries:   # a continuation that a page or column broke off
                n, raw = entries[-1]
                entries[-1] = (n, f"{raw} {text}".strip())
            continue
        entries.append((number, text.strip()))
    return entries


def _split_authors(text: str) -> tuple[str, ...]:
    text = re.sub(r"\bet al\.?", "", text).strip(" ,;")
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+|;\s*", text) if p.strip()]
    out: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if AUTHOR_SURNAME_FIRST.match(part):          # "Armand, M." arrives as one part only with no comma
            surname, initials = part.rsplit(" ", 1)
            out.append(f"{initials} {surname.rstrip(',')}")
        elif i + 1 < len(parts) and re.fullmatch(INITIALS.strip(), parts[i + 1].replace(" ", "")) and \
                not re.fullmatch(INITIALS.strip(), part.replace(" ", "")):
            out.append(f"{_space_initials(parts[i + 1])} {part}")   # "Armand, M." as two parts
            i += 1
        else:
            out.append(part)
        i += 1
    return tuple(_tidy_author(a) for a in out)


def _space_initials(initials: str) -> str:
    return re.sub(r"\.(?=[A-Z])", ". ", initials.replace(" ", "")).strip()


def _tidy_author(author: str) -> str:
    return " ".join(author.replace(" -", "-").split())


def _author_prefix(text: str) -> tuple[tuple[str, ...], str]:
    """Split 'A. B. Surname, C. Other, Journal ...' into the authors and the rest."""
    parts = text.split(", ")
    authors: list[str] = []
    for k, part in enumerate(parts):
        cleaned = re.sub(r"^(and|&)\s+", "", part.strip())
        if AUTHOR_INITIALS_FIRST.match(cleaned):
            authors.append(cleaned)
            continue
        return tuple(_tidy_author(a) for a in authors), ", ".join(parts[k:])
    return tuple(_tidy_author(a) for a in authors), ""


def parse_entry(number: int, raw: str) -> Reference:
    """One reference entry's fields; what cannot be found is left empty."""
    text = " ".join(raw.split())
    doi_match = DOI.search(text)
    doi = doi_match.group(1) if doi_match else ""
    if doi_match:
        text = (text[:doi_match.start()] + text[doi_match.end():]).strip(" .,;")
    authors, rest = _author_prefix(text)
    if authors:
        tail = WILEY_TAIL.search(rest)
        if tail:
            return Reference(number, raw, authors, "", tail["journal"].strip(" ,"), int(tail["year"]),
                             tail["volume"], tail["pages"].rstrip("."), doi)
    nature = NATURE_TAIL.search(text)
    if nature:
        head = text[:nature.start()].strip()
        # "Surname, A. B., Other, C. & Last, D. Title of the work. Journal 7, 12 (2016)."
        pieces = re.split(r"(?<=[a-z0-9)\]]\.)\s+(?=[A-Z])", head)
        author_text = head
        title = ""
        journal = nature["journal"].strip(" ,")
        m = re.match(rf"^((?:{SURNAME},\s{INITIALS}(?:,\s*|\s*&\s*|\s+and\s+)?)+)(.*)$", head)
        if m:
            author_text, title = m.group(1), m.group(2).strip(" .")
        elif len(pieces) > 1:
            author_text, title = pieces[0], " ".join(pieces[1:]).strip(" .")
        return Reference(number, raw, _surname_first_authors(author_text), title, journal, int(nature["year"]),
                         nature["volume"], nature["pages"], doi)
    year = YEAR.search(text)
    return Reference(number, raw, authors, "", "", int(year.group(1)) if year else None, "", "", doi)


def _surname_first_authors(text: str) -> tuple[str, ...]:
    pairs = re.findall(rf"({SURNAME}),\s({INITIALS})", text)
    if pairs:
        return tuple(_tidy_author(f"{_space_initials(i)} {s}") for s, i in pairs)
    return _split_authors(text)


def parse_references(blocks: Sequence[Block]) -> tuple[Reference, ...]:
    return tuple(parse_entry(n, raw) for n, raw in split_entries(blocks))


def unresolved(blocks: Iterable[Block], references: Sequence[Reference]) -> tuple[int, ...]:
    """Citation numbers used in the text that no reference entry carries."""
    known = {r.number for r in references}
    used = {n for b in blocks if b.kind != BlockKind.REFERENCES for m in b.citations for n in m.numbers}
    return tuple(sorted(used - known))
