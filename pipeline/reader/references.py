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
from dataclasses import replace

from pipeline.records import Block, BlockKind, Reference

DOI = re.compile(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^\s,;]+[^\s,;.)\]])", re.IGNORECASE)
URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# GB/T 7714's document type after a title ("Title[J]. Journal, …"; [M] book, [C] proceedings, [D] thesis, [P] patent…)
DOCUMENT_TYPE = re.compile(r"\s?\[(?:[JMCDRPSNZA]|EB|DB|CP)(?:/OL)?\](?=[.,\s]|$)")
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
# Vancouver "Smith AB," and IOP "Smith A B, … and Jones C-D 2019": initials without stops after the surname
SURNAME_BARE_INITIALS = re.compile(rf"(?P<surname>{SURNAME_ONE})\s(?P<initials>[A-Z](?:[ -]?[A-Z]){{0,2}})"
                                   r"(?=[,.;]|\s+et\s+al|\s+and\s|\s*&|\s+\(?(?:19|20)\d\d\b)")
ET_AL_AT = re.compile(ET_AL)
AUTHOR_SEP_AT = re.compile(AUTHOR_SEP)
SURNAME_FIRST = re.compile(rf"(?P<surname>{SURNAME}),\s?(?P<initials>{INITIALS})")
INITIALS_FIRST = re.compile(rf"(?P<initials>{INITIALS})\s?(?P<surname>{SURNAME_ONE}(?:\s{NAME_WORD}(?=,|\s+and\s|\s*&))?)"
                            r"(?=\s*(?:,|;|&|and\s|et\s+al|[“\"]|:|\((?:19|20)\d\d|$)|\.\s)")
# BibTeX's plain and unsrt styles spell the first names: "Ana B. Ferrow, Carl Lund, and Eve Marsh." (the list closes
# with a stop before the title; see TITLE_AFTER_STOP)
# (a lone capital is an initial, never a spelled surname: "Ito E, Costa J. J. Energy Chem." is surnames first)
FIRST_NAMES_FIRST = re.compile(rf"(?P<initials>[{LETTER}][a-z]+(?:-[{LETTER}][a-z]+)?(?:\s{INITIAL})*)\s"
                               rf"(?P<surname>(?![{LETTER}]\b){SURNAME_ONE})(?=\s*(?:,|;|&|and\s)|\.\s)")
# what follows a stop after an initials-first name: the title (BibTeX's plain and unsrt styles: "A. B. Ferrow and
# E. Marsh. Porous hosts for metal anodes. Nat. Energy, …"), at least three words to its own stop, where a journal
# abbreviation that looks like a name ("J. Nanopart. Res.") has one or two
TITLE_AFTER_STOP = re.compile(r"\.\s+[\"“‘]?[A-Z][^.]*?\s\S+\s\S+")
# "E. Nakamura. Nat. Mater. 4, 623 (2019)": a list that no title follows, the journal and its volume right after
# (its volume, not a year: "J. Nanopart. Res. 2001, 94" is a journal the initials-first pattern read as a name)
JOURNAL_AFTER_STOP = re.compile(r"\.\s+(?:[A-Z][\w'’\-]*\.?\s+){0,5}?[A-Z][\w'’\-]*\.?"
                                r"(?:\s+|,\s*(?:19|20)\d\d\s*[,;]\s*)(?!(?:19|20)\d\d\b)\d{1,5}\s*[,:(]")
# (or the journal, a comma and its year before the volume: "Zhang H. Chin. Chem. Lett., 2019, 22: 562–572")

VOLUME = r"(?P<volume>[A-Z]?\d{1,5}[A-Z]?(?:[–\-]\d{1,5})?)"
# a page range, an article number ("e1234", "1801234"); a range whose dash a font lost reads "359 367"
PAGES = r"(?P<pages>[A-Za-z]{0,4}\d[\w.]*(?:\s?[–\-−]\s?[A-Za-z]{0,4}\d+|\s\d+(?=\s*\(|\.?$))?)"
LOCATORS = [
    # Wiley 2023+:  Joule 2, no. 5 (2018): 833–845   ·   Carbon 233 (2025): 119870
    re.compile(rf"\s{VOLUME}(?:,\s*no\.\s*[\w–\-]+)?\s*\((?P<year>(?:19|20)\d\d)\)\s*:\s*{PAGES}"),
    # Nature:  Nature 451, 652–657 (2008)  ·  Nat. Commun. 5, (2014)
    re.compile(rf"\s{VOLUME}\s*,\s*(?:{PAGES})?\s*\((?P<year>(?:19|20)\d\d)\)"),
    # Wiley/ACS/RSC/MDPI:  Nature 2001, 414, 359   ·   Nature, 2001, 414, 359   ·  2016, 7 (3), 12
    # GB/T 7714:  Nature, 2001, 414(6861): 359-367
    re.compile(rf"(?:,\s*|\s)(?P<year>(?:19|20)\d\d)[a-z]?\s*,\s*{VOLUME}\s*(?:\([^)]{{1,12}}\))?\s*(?:[,:]\s*{PAGES}|,?$)"),
    # Elsevier:  Nature 414 (2001) 359–367
    re.compile(rf"\s{VOLUME}\s*(?:\([^)]{{1,12}}\)\s*)?\((?P<year>(?:19|20)\d\d)\)\s*,?\s*{PAGES}"),
    # Vancouver:  J Power Sources. 2019;9(12):1802-10
    re.compile(rf"\s(?P<year>(?:19|20)\d\d)\s*;\s*{VOLUME}\s*(?:\([^)]{{1,12}}\))?\s*:\s*{PAGES}"),
    # BibTeX plain/unsrt:  Nature, 451(7179):652–657, 2008  ·  Nature, 451:652–657, April 2008
    re.compile(rf"\s{VOLUME}\s*(?:\([^)]{{1,12}}\))?\s*:\s*{PAGES}\s*,\s*(?:[A-Z][a-z]{{2,8}}\.?\s+)?"
               r"(?P<year>(?:19|20)\d\d)\b"),
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
    """The entries of the reference list, in order, as (number, raw text). A list whose first entry
    prints no number (author–year styles) has one entry per block, numbered by its place in the list."""
    from pipeline.reader.blocks import reference_number

    listed = [b for b in blocks if b.kind == BlockKind.REFERENCES]
    if listed and reference_number(listed[0].text) is None:
        return [(k, b.text.strip()) for k, b in enumerate(listed, start=1)]
    entries: list[tuple[int, str]] = []
    for block in listed:
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
    if "." not in initials:                            # Vancouver "AB", IOP "A B" and "J-M" → "A. B.", "J.-M."
        initials = re.sub(r"([A-Z])", r"\1.", initials.replace(" ", ""))
    spaced = re.sub(r"\.(?=[A-Z\u00C0-\u017F])", ". ", initials.replace(" ", ""))
    if len(surname) > 2 and surname.isupper():         # GB/T 7714 prints surnames in capitals: "FERROW A B"
        surname = re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), surname)
    return _tidy(f"{spaced} {surname}")


def _name(author: re.Pattern[str], match: re.Match[str]) -> str:
    """An author as printed in full ("Ana B. Ferrow"), or with initials put in one form ("A. B. Ferrow")."""
    if author is FIRST_NAMES_FIRST:
        return _tidy(f"{match['initials']} {match['surname']}")
    return _format(match["initials"], match["surname"])


LOCATOR_NEXT = re.compile(r",?\s*(?:(?:19|20)\d\d\b|\d{1,5}\s*[,(])")   # a year or a volume follows (not "(2019)")
JOURNAL_WORD_NEXT = re.compile(r"\s*([A-Z][a-z]+)\.")
JOURNAL_THEN_YEAR = re.compile(r"(?:\s+(?:[A-Z][\w'’\-]*\.?|of|and|&|the|in|for))+,?\s+(?:19|20)\d\d\b")


def _journal_initial(text: str, match: re.Match[str]) -> int:
    """Where a surname-first author's initials really end, when their tail is the start of the journal
    that follows: a 'J.' (or a German 'Z.') and then an abbreviated journal word ('Park, H. J. Am.
    Chem. Soc. 2019' → 'Park, H.' and 'J. Am. Chem. Soc.'), or -1."""
    start = match.start("initials")
    tokens = list(re.finditer(r"[A-Z][a-z]?\.", match["initials"]))
    following = JOURNAL_WORD_NEXT.match(text, match.end())
    for k, token in enumerate(tokens):
        if k == 0 or token.group(0) not in ("J.", "Z."):
            continue
        nxt = tokens[k + 1].group(0)[:-1] if k + 1 < len(tokens) else following.group(1) if following else ""
        if nxt.lower() in JOURNAL_ABBREVIATIONS or JOURNAL_THEN_YEAR.match(text, start + token.end()):
            return start + token.start()
    return -1


def _author_run(text: str, author: re.Pattern[str]) -> tuple[tuple[str, ...], int]:
    """Authors matched by ``author`` one after another, joined by separators, ending at 'et al.'
    or at the first thing that is not an author; and the offset where the list ends.

    Two things that look like an author are the journal: a name right before the year or volume
    ('A. B. Smith, J. Power Sources, 2019, 412'), and the trailing 'J.' of a surname-first author's
    initials before an abbreviated journal word. And a list is closed by its 'and': the name after
    the last author is not another one."""
    authors: list[str] = []
    pos = 0
    closed = False
    while True:
        match = author.match(text, pos)
        if not match:
            break
        if authors and author is INITIALS_FIRST and LOCATOR_NEXT.match(text, match.end()):
            break                                     # the journal, with its year or volume after it
        if author is FIRST_NAMES_FIRST and " " not in match["initials"] and match["initials"].lower() in JOURNAL_SMALL_WORDS:
            break
        if text.startswith(".", match.end()):         # a stop closes the list, before the title
            # a surname and its bare initials are a name whatever follows ("Santos I. Angew. Chem. Int. Ed. 2017"),
            # where a stop after an initials-first "name" may end a journal word ("J. Nanopart. Res. 2001")
            bare_name = author is SURNAME_BARE_INITIALS
            if match["surname"].lower() in JOURNAL_ABBREVIATIONS or not (bare_name or
                                                                         TITLE_AFTER_STOP.match(text, match.end()) or
                                                                         JOURNAL_AFTER_STOP.match(text, match.end())):
                break
            authors.append(_name(author, match))
            return tuple(authors), match.end()
        cut = _journal_initial(text, match) if author is SURNAME_FIRST else -1
        if cut > 0:
            initials = text[match.start("initials"):cut].strip()
            authors.append(_format(initials, match["surname"]))
            return tuple(authors), cut
        authors.append(_name(author, match))
        pos = match.end()
        etal = ET_AL_AT.match(text, pos)
        if etal:
            return tuple(authors), etal.end()
        if closed:
            break
        sep = AUTHOR_SEP_AT.match(text, pos)
        if not sep or not author.match(text, sep.end()):
            break
        closed = bool(re.search(r"\band\b|&", sep.group(0)))
        pos = sep.end()
    return tuple(authors), pos


def parse_authors(text: str) -> tuple[tuple[str, ...], int]:
    """The author list at the head of an entry, in either order, and the offset where it ends."""
    found = [_author_run(text, pattern) for pattern in (SURNAME_FIRST, INITIALS_FIRST, SURNAME_BARE_INITIALS)]
    named = _author_run(text, FIRST_NAMES_FIRST)
    if text.startswith(".", named[1]):               # first names are taken only for a list the title's stop closes
        found.append(named)
    return max(found, key=lambda f: (bool(f[0]), f[1]))


# ------------------------------------------------------------------------------ locator, title, journal

# year printed after the authors:  APA "Journal of Power Sources, 9(12), 1802–1810" · Springer "J Power
# Sources 9:1802–1810" · "J. Power Sources 9, 1802–1810"
YEARLESS_LOCATOR = re.compile(rf"(?:,\s*|\s){VOLUME}\s*(?:\([^)]{{1,12}}\))?\s*[,:]\s*{PAGES}\.?$")
LEADING_YEAR = re.compile(r"^\(?((?:19|20)\d\d)[a-z]?\)?[.,]?\s+")
# IOP, after a leading year:  Title words J. Power Sources 412 123–30   (no stop between title and journal)
TRAILING_LOCATOR = re.compile(rf"\s{VOLUME}\s+{PAGES}\.?$")
ARXIV = re.compile(r"\barXiv[:\s]*(?:preprint\s+arXiv:)?\s*(\d{4}\.\d{4,5}|[a-z\-]+/\d{7})(?:v\d+)?|"
                   r"arxiv\.org/abs/(\d{4}\.\d{4,5}|[a-z\-]+/\d{7})", re.IGNORECASE)


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
    start = _trailing_journal(before)                             # IOP: "title words J. Power Sources"
    if start > 0:
        return before[:start].strip(" ,."), before[start:].strip(" ,")
    return before.strip(" ."), ""


def _trailing_journal(text: str) -> int:
    """Where a run of capitalised or abbreviated words ending the text starts (a journal printed right
    after a title, with no stop between), or -1. A sentence-case title ends in lowercase words."""
    words = list(re.finditer(r"\S+", text))
    start = -1
    for match in reversed(words):
        core = match.group(0).strip(".,:;()")
        if not core or any(ch.isdigit() for ch in core):
            break
        if core[0].isupper():
            start = match.start()
        elif core.lower() not in JOURNAL_SMALL_WORDS:
            break
    return start if start > 0 and journal_like(text[start:]) else -1


def parse_entry(number: int, raw: str) -> Reference:
    """One reference entry's fields; what cannot be found is left empty."""
    text = _normalise(raw)
    doi_match = DOI.search(text)
    doi = doi_match.group(1).rstrip(".") if doi_match else ""
    if doi_match:
        text = text[:doi_match.start()] + text[doi_match.end():]
    text = URL.sub("", text)
    text = DOCUMENT_TYPE.sub("", text)
    text = " ".join(text.split()).strip(" ,;")
    text = re.sub(r"[\s,;.]*(?:doi:?|https?:?|Available (?:at|from):?)?[\s,;.]*$", "", text, flags=re.I)
    authors, end = parse_authors(text)
    rest = text[end:].lstrip(" ,.:;")
    leading = LEADING_YEAR.match(rest)
    if leading:
        rest = rest[leading.end():]
    locator = _locator(" " + rest)
    if locator is None and leading:
        locator = YEARLESS_LOCATOR.search(" " + rest) or TRAILING_LOCATOR.search(" " + rest)
    preprint = ARXIV.search(raw)
    if preprint and locator is None:
        year = YEAR.search(rest)
        title = title_and_journal(rest[:year.start()] if year else rest)[0]
        title = re.sub(r"[.,]?\s*(?:Preprint at|arXiv preprint|arXiv)\b.*$", "", title, flags=re.I).strip(" .,")
        return Reference(number, raw, authors, title, "arXiv", int(year.group(1)) if year else None, "",
                         preprint.group(1) or preprint.group(2), doi)
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


WORK_LETTER = re.compile(r"(?:^|(?<=[;.])\s+)\(?([a-h])\)\s+")


def split_works(raw: str) -> list[tuple[str, str]]:
    """The works one numbered entry prints, as (part, text): Wiley's 'a) …; b) …', RSC's '(a) …; (b) …',
    or works run together with '; ' where a whole reference (one with its locator) ends before the
    semicolon and an author list starts after it. A single work is [("", raw)]."""
    letters = list(WORK_LETTER.finditer(raw))
    if letters and letters[0].start() == 0 and letters[0].group(1) == "a":
        expected, cuts = "a", []
        for match in letters:
            if match.group(1) == expected:
                cuts.append(match)
                expected = chr(ord(expected) + 1)
        if len(cuts) >= 2:
            ends = [m.start() for m in cuts[1:]] + [len(raw)]
            return [(m.group(1), raw[m.end():end].strip(" ;")) for m, end in zip(cuts, ends, strict=True)]
    parts: list[str] = []
    start = 0
    for semicolon in re.finditer(r";\s+", raw):
        head, tail = raw[start:semicolon.start()], raw[semicolon.end():]
        locator = _locator(" " + _normalise(head))
        if locator is not None and locator.end() >= len(" " + _normalise(head).rstrip(" .")) - 1 \
                and parse_authors(tail)[0]:
            parts.append(head)
            start = semicolon.end()
    if not parts:
        return [("", raw)]
    parts.append(raw[start:])
    return [(chr(97 + k), part.strip()) for k, part in enumerate(parts)]


def parse_references(blocks: Sequence[Block]) -> tuple[Reference, ...]:
    """Every work of the reference list; several works under one number share it, each with its part."""
    out = []
    for number, raw in split_entries(blocks):
        for part, text in split_works(raw):
            out.append(replace(parse_entry(number, text), part=part))
    return tuple(out)


def unresolved(blocks: Iterable[Block], references: Sequence[Reference]) -> tuple[int, ...]:
    """Citation numbers used in the running text that no reference entry carries."""
    known = {r.number for r in references}
    text_kinds = {BlockKind.BODY, BlockKind.ABSTRACT, BlockKind.CAPTION, BlockKind.HEADING, BlockKind.TABLE}
    used = {n for b in blocks if b.kind in text_kinds for m in b.citations for n in m.numbers}
    return tuple(sorted(used - known))
