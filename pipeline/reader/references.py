"""The reference list → numbered Reference records; in-text markers → resolved numbers.

Entries are split on their printed numbers (which must count up), then each is parsed by the shape
of its parts, not by any one list:

1. the DOI and URLs are taken out;
2. the author list at the head: surname first ("Armand, M. & Tarascon, J.-M.", Nature, ACS, MDPI)
   or initials first ("J.-M. Tarascon, M. Armand, and ...", Wiley, RSC, Elsevier, IEEE), with
   "et al." allowed;
3. the locator at the tail, in one of the common orders:
   Nature ``Journal 7, 12 (2016)`` · Wiley/ACS/RSC/MDPI ``Journal 2016, 7, 12`` ·
   Wiley 2023+ ``Journal 7, no. 3 (2016): 12–20`` · Elsevier ``Journal 7 (2016) 12`` ·
   IEEE ``Journal, vol. 7, no. 3, pp. 12–20, 2016``;
4. between them, the title (quoted, or a sentence ending in '.') and the journal (the last run of
   capitalised or abbreviated words before the locator).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pipeline.records import Block, BlockKind, Reference

DOI = re.compile(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^\s,;]+[^\s,;.)\]])", re.IGNORECASE)
URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)[a-z]?\b")

LETTER = r"A-Z\u00C0-\u00DE\u0100-\u017F"
INITIAL = rf"[{LETTER}][a-z]?\."
INITIALS = rf"{INITIAL}(?:\s?-\s?{INITIAL}|\s?{INITIAL})*"
PARTICLE = r"(?:van|von|de|der|den|da|di|del|della|la|le|du|dos|des|ten|ter|St\.|Mc|Mac)"
NAME_WORD = rf"[{LETTER}][\w'’\u00DF-\u017F\u0300-\u036F]*(?:-[{LETTER}]?[\w'’\u00DF-\u017F\u0300-\u036F]+)*"
SURNAME = rf"(?:{PARTICLE}\s)*{NAME_WORD}(?:\s{NAME_WORD})?"
SURNAME_ONE = rf"(?:{PARTICLE}\s)*{NAME_WORD}"
AUTHOR_SEP = r"(?:,\s*(?:and\s+|&\s*)?|;\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)"
ET_AL = r"(?:[,;]?\s*et\s+al\.?,?)"
SURNAME_BARE_INITIALS = re.compile(rf"(?P<surname>{SURNAME_ONE})\s(?P<initials>[A-Z]{{1,3}})(?=[,.;]|\s+et\s+al)")
ET_AL_AT = re.compile(ET_AL)
AUTHOR_SEP_AT = re.compile(AUTHOR_SEP)
SURNAME_FIRST = re.compile(rf"(?P<surname>{SURNAME}),\s?(?P<initials>{INITIALS})")
INITIALS_FIRST = re.compile(rf"(?P<initials>{INITIALS})\s?(?P<surname>{SURNAME_ONE}(?:\s{NAME_WORD}(?=,|\s+and\s|\s*&))?)"
                            r"(?=\s*(?:,|;|&|and\s|et\s+al|[“\"]|:|$))")

VOLUME = r"(?P<volume>[A-Z]?\d{1,5}[A-Z]?(?:[–\-]\d{1,5})?)"
PAGES = r"(?P<pages>[A-Za-z]{0,4}\d[\w.]*(?:\s?[–\-−]\s?[A-Za-z]{0,4}\d+)?)"
LOCATORS = [
    # Wiley 2023+:  Joule 2, no. 5 (2018): 833–845   ·   Carbon 233 (2025): 119870
    re.compile(rf"\s{VOLUME}(?:,\s*no\.\s*[\w–\-]+)?\s*\((?P<year>(?:19|20)\d\d)\)\s*:\s*{PAGES}"),
    # Nature:  Nature 451, 652–657 (2008)  ·  Nat. Commun. 5, (2014)
    re.compile(rf"\s{VOLUME}\s*,\s*(?:{PAGES})?\s*\((?P<year>(?:19|20)\d\d)\)"),
    # Wiley/ACS/RSC/MDPI:  Nature 2001, 414, 359   ·   Nature, 2001, 414, 359   ·  2016, 7 (3), 12
    re.compile(rf"(?:,\s*|\s)(?P<year>(?:19|20)\d\d)[a-z]?\s*,\s*{VOLUME}\s*(?:\([^)]{{1,12}}\))?\s*(?:,\s*{PAGES}|,?$)"),
    # Elsevier:  Nature 414 (2001) 359–367
    re.compile(rf"\s{VOLUME}\s*(?:\([^)]{{1,12}}\)\s*)?\((?P<year>(?:19|20)\d\d)\)\s*,?\s*{PAGES}"),
    # Vancouver:  J Power Sources. 2019;9(12):1802-10
    re.compile(rf"\s(?P<year>(?:19|20)\d\d)\s*;\s*{VOLUME}\s*(?:\([^)]{{1,12}}\))?\s*:\s*{PAGES}"),
    # IEEE/Hindawi:  Nature, vol. 451, no. 7179, pp. 652–657, 2008
    re.compile(rf",\s*vol\.\s*{VOLUME}\s*,(?:\s*no\.\s*[\w–\-]+\s*,)?(?:\s*(?:pp?\.|Article ID|article)\s*{PAGES}\s*,)?"
               rf"(?:\s*[A-Z][a-z]{{2,8}}\.?)?\s*(?P<year>(?:19|20)\d\d)"),
]
JOURNAL_SMALL_WORDS = {"of", "and", "&", "the", "in", "for", "on", "de", "der", "und", "la", "et", "nano", "a",
                       "letters", "part", "section", "series"}
# Words journals abbreviate (ISO 4 style); a title does not end in one of these followed by '.'.
JOURNAL_ABBREVIATIONS = frozenset("""
acad acc acs adv am anal angew ann annu appl arch assoc biochem biol biomater bull catal ceram chem
chim chin civ clin coll colloid commun comput condens cryst curr dev ecol econ ed educ electroanal electrochem
electrochim electron eng environ eur exp fis front funct geophys ind inf inorg inst instrum int interfac
jpn korean lett macromol mag mat mater math mech med membr met microsc mol nanomater nanosci nanotechnol
nat natl nucl opin opt org part pharm photochem photon phys polym proc prog quant radiat rep res rev sci
semicond sens soc sol spectrosc struct sustain syst tech technol theor therm trans univ
""".split())  # noqa: SIM905 (a word list reads better as text)
TITLE_END = re.compile(r"[.?!]\s+(?=[\"“‘A-Z\d(])")


def _normalise(raw: str) -> str:
    text = " ".join(raw.split())
    text = text.replace("‐", "-").replace("‑", "-").replace("−", "-")
    text = re.sub(r"(\w)[–-] (?=[a-z])", r"\1-", text)          # a hyphen a line break left spaced
    text = re.sub(r"(\w)– (?=[A-Z])", r"\1–", text)             # "Lithium– Sulfur"
    text = re.sub(r"(\d)\s?([–-])\s(?=\d)", r"\1\2", text)        # "11683– 11720"
    return text


def split_entries(blocks: Sequence[Block]) -> list[tuple[int, str]]:
    """The numbered entries of the reference list, in order, as (number, raw text)."""
    from pipeline.reader.blocks import reference_number

    entries: list[tuple[int, str]] = []
    for block in blocks:
        if block.kind != BlockKind.REFERENCES:
            continue
        number = reference_number(block.text)
        text = re.sub(r"^\s*(\[\d+\]|\d+\.|\(\d+\)|\d+(?=\s))\s*", "", block.text)
        if number is None or entries and number != entries[-1][0] + 1 and number <= entries[-1][0]:
            if entries:   # a continuation that a page or column broke off
                n, raw = entries[-1]
                entries[-1] = (n, f"{raw} {block.text}".strip())
            continue
        entries.append((number, text.strip()))
    return entries


# ------------------------------------------------------------------------------ authors

def _tidy(author: str) -> str:
    return " ".join(author.replace(" -", "-").replace("- ", "-").split())


def _format(initials: str, surname: str) -> str:
    if "." not in initials:                            # Vancouver "AB" → "A. B."
        initials = ". ".join(initials) + "."
    spaced = re.sub(r"\.(?=[A-Z\u00C0-\u017F])", ". ", initials.replace(" ", ""))
    return _tidy(f"{spaced} {surname}")


def _author_run(text: str, author: re.Pattern[str]) -> tuple[tuple[str, ...], int]:
    """Authors matched by ``author`` one after another, joined by separators, ending at 'et al.'
    or at the first thing that is not an author; and the offset where the list ends."""
    authors: list[str] = []
    pos = 0
    while True:
        match = author.match(text, pos)
        if not match:
            break
        authors.append(_format(match["initials"], match["surname"]))
        pos = match.end()
        etal = ET_AL_AT.match(text, pos)
        if etal:
            return tuple(authors), etal.end()
        sep = AUTHOR_SEP_AT.match(text, pos)
        if not sep or not author.match(text, sep.end()):
            break
        pos = sep.end()
    return tuple(authors), pos


def parse_authors(text: str) -> tuple[tuple[str, ...], int]:
    """The author list at the head of an entry, in either order, and the offset where it ends."""
    found = [_author_run(text, pattern) for pattern in (SURNAME_FIRST, INITIALS_FIRST, SURNAME_BARE_INITIALS)]
    return max(found, key=lambda f: (bool(f[0]), f[1]))


# ------------------------------------------------------------------------------ locator, title, journal

# APA, year printed after the authors:  Journal of Power Sources, 9(12), 1802–1810
YEARLESS_LOCATOR = re.compile(rf",\s*{VOLUME}\s*(?:\([^)]{{1,12}}\))?\s*,\s*{PAGES}\.?$")
LEADING_YEAR = re.compile(r"^\(((?:19|20)\d\d)[a-z]?\)[.,]?\s*")


def _locator(text: str) -> re.Match[str] | None:
    """The first locator of any style (a second one is usually a translated edition or erratum)."""
    best: re.Match[str] | None = None
    for pattern in LOCATORS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    return best


def journal_like(text: str) -> bool:
    words = re.findall(r"[^\s]+", text)
    if not words or len(words) > 12:
        return False
    for word in words:
        core = word.strip(".,:;()")
        if not core:
            continue
        if core.lower() in JOURNAL_SMALL_WORDS or core[0].isupper() or core[0].isdigit():
            continue
        return False
    return True


def title_and_journal(before: str) -> tuple[str, str]:
    """Split the text between the authors and the locator into (title, journal)."""
    before = before.strip(" ,;:")
    quoted = re.search(r"[“\"](?P<title>.+?)[,.]?[”\"],?\s*(?P<rest>.*)$", before)
    if quoted:
        return quoted["title"].strip(" ,."), quoted["rest"].strip(" ,.;:").removeprefix("in ").strip()
    for match in TITLE_END.finditer(before):
        head, tail = before[:match.start() + 1], before[match.end():]
        last = re.findall(r"([\w\-]+)[.?!]$", head)
        if not last or len(last[0]) == 1 or last[0].lower() in JOURNAL_ABBREVIATIONS or len(head.split()) < 2:
            continue                                   # an initial, "Part I." or a journal word
        if journal_like(tail):
            return head.strip(" ."), tail.strip(" ,")
    if journal_like(before):
        return "", before.strip(" ,")
    commas = [m.end() for m in re.finditer(r",\s", before)]        # Elsevier: "title, Journal"
    for end in commas:
        tail = before[end:]
        if journal_like(tail):
            return before[:end].strip(" ,."), tail.strip(" ,")
    return before.strip(" ."), ""


def parse_entry(number: int, raw: str) -> Reference:
    """One reference entry's fields; what cannot be found is left empty."""
    text = _normalise(raw)
    doi_match = DOI.search(text)
    doi = doi_match.group(1).rstrip(".") if doi_match else ""
    if doi_match:
        text = text[:doi_match.start()] + text[doi_match.end():]
    text = URL.sub("", text)
    text = " ".join(text.split()).strip(" ,;")
    authors, end = parse_authors(text)
    rest = text[end:].lstrip(" ,.:;")
    leading = LEADING_YEAR.match(rest)
    if leading:
        rest = rest[leading.end():]
    locator = _locator(" " + rest)
    if locator is None and leading:
        locator = YEARLESS_LOCATOR.search(" " + rest)
    if locator is None:
        year = YEAR.search(rest)
        title, journal = title_and_journal(rest[:year.start()] if year else rest)
        return Reference(number, raw, authors, title, journal.strip(" ,.;:(") if year else "",
                         int(year.group(1)) if year else None, "", "", doi)
    before = (" " + rest)[:locator.start()]
    title, journal = title_and_journal(before)
    if journal.endswith(".") and "." not in journal[:-1]:
        journal = journal[:-1]                         # Vancouver "J Power Sources." ends its journal with a stop
    pages = (locator.groupdict().get("pages") or "").rstrip(".")
    year = locator.groupdict().get("year") or (leading.group(1) if leading else None)
    return Reference(number, raw, authors, title, journal, int(year) if year else None, locator["volume"], pages,
                     doi)


def parse_references(blocks: Sequence[Block]) -> tuple[Reference, ...]:
    return tuple(parse_entry(n, raw) for n, raw in split_entries(blocks))


def unresolved(blocks: Iterable[Block], references: Sequence[Reference]) -> tuple[int, ...]:
    """Citation numbers used in the running text that no reference entry carries."""
    known = {r.number for r in references}
    text_kinds = {BlockKind.BODY, BlockKind.ABSTRACT, BlockKind.CAPTION, BlockKind.HEADING, BlockKind.TABLE}
    used = {n for b in blocks if b.kind in text_kinds for m in b.citations for n in m.numbers}
    return tuple(sorted(used - known))
