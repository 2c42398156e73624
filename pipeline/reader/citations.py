"""Author–year citations ("(Armand and Tarascon, 2008; Xu et al., 2014a)", "Xu et al. (2014)") →
CitationMarkers that name reference numbers, for papers that cite by author and year.

1. ``find_citations``: the groups of a text that read as author–year citations, parenthetical
   (the whole group, with an "e.g.," or "see" before it, is the citation), trailing brackets that
   say something first ("(about 600 h; Xu et al., 2014)": the works after the semicolon) or narrative
   (the authors stay in the sentence; only the year in parentheses after them is the citation);
2. ``resolve``: each citation → the one reference whose first author and year agree with it (and its
   a/b letter, and its second author when two are named); none when no work, or more than one, fits,
   for a number is never guessed;
3. ``lift_citations``: resolved citations are lifted out of a block's text like numeric markers;
   what does not resolve stays in the text as printed;
4. ``author_year_citations``: the paper-level switch. Only a paper whose author–year groups name a
   good share of its reference list, and clearly more of it than its numeric markers, gets them, so
   a "(2014)" in a numbered paper stays text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pipeline.reader.blocks import TEXT_KINDS, lift_in_blocks, splice
from pipeline.reader.references import INITIALS, SURNAME_ONE
from pipeline.records import Block, BlockKind, CitationMarker, LineSpan, Reference

SURNAME = SURNAME_ONE                 # one surname, as the reference list's author parser reads it
ET_AL = r"\s+et\s+al\.?"
# a parenthetical citation may list three or more authors ("Ferrow, Lund and Marsh, 2019"); running text
# names one or two before a year in parentheses, so a capitalised word before them is not taken along
AUTHORS = rf"{SURNAME}(?:{ET_AL}|(?:,\s*{SURNAME})*,?\s+(?:and|&)\s+{SURNAME}|\s*&\s*{SURNAME})?"
NARRATIVE_AUTHORS = rf"{SURNAME}(?:{ET_AL}|\s+(?:and|&)\s+{SURNAME})?"
YEAR = r"(?:19|20)\d\d"
YEARS = rf"{YEAR}[a-z]?(?:\s*,\s*(?:{YEAR}[a-z]?|[a-z])\b)*(?![\d\w])"
PREFIX = r"(?:(?:e\.g\.|i\.e\.|cf\.|see(?:\s+also)?|for\s+example|for\s+instance|reviewed\s+in)[,:]?\s+)"
CITE = re.compile(rf"(?P<authors>{AUTHORS}),?\s+(?P<years>{YEARS})")
PARENTHETICAL = re.compile(rf"\(\s*{PREFIX}?(?P<cites>{AUTHORS},?\s+{YEARS}(?:\s*;\s*{PREFIX}?{AUTHORS},?\s+{YEARS})*)"
                           r"\s*\)")
NARRATIVE = re.compile(rf"(?<![\w\-])(?P<authors>{NARRATIVE_AUTHORS})\s*\((?P<years>{YEARS})\)")
# "(about 600 h; Varga and Silva 2020)": brackets that say something first and close on the works that say it
TRAILING = re.compile(rf"\([^();]{{1,80}}?(?P<tail>;\s*{PREFIX}?(?P<cites>{AUTHORS},?\s+{YEARS}"
                      rf"(?:\s*;\s*{PREFIX}?{AUTHORS},?\s+{YEARS})*))\s*\)")
LEADING_INITIALS = re.compile(rf"^{INITIALS}\s*")


@dataclass(frozen=True, slots=True)
class AuthorYear:
    """One work an author–year citation names: "Xu et al., 2014a" is ("Xu",), et_al, 2014, "a"."""

    authors: str                      # as printed: "Xu et al.", "Armand and Tarascon"
    surnames: tuple[str, ...]
    et_al: bool
    year: int
    letter: str = ""


@dataclass(frozen=True, slots=True)
class CitationGroup:
    """A run of text that cites: ``[start, end)`` is what a resolved group removes from the text."""

    start: int
    end: int
    works: tuple[AuthorYear, ...]
    narrative: bool                   # "Xu et al. (2014)": only the "(2014)" is the citation
    trailing: bool = False            # "(about 600 h; Xu et al., 2014)": only the "; Xu et al., 2014" is


def _works(authors: str, years: str) -> Iterator[AuthorYear]:
    """The works of one author list and its years: "Xu et al." + "2014a, b, 2015" is three works."""
    et_al = re.search(ET_AL + "$", authors) is not None
    names = re.sub(ET_AL + "$", "", authors)
    surnames = tuple(s.strip() for s in re.split(r",\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*", names) if s.strip())
    year = 0
    for item in re.findall(rf"{YEAR}[a-z]?|\b[a-z]\b", years):
        if item[0].isdigit():
            year, letter = int(item[:4]), item[4:]
        else:
            letter = item                 # "2014a, b": the year again, with the next letter
        yield AuthorYear(" ".join(authors.split()), surnames, et_al, year, letter)


def find_citations(text: str) -> list[CitationGroup]:
    """Every author–year citation group of ``text``, in order; narrative ones outside the parenthetical."""
    groups = []
    for match in PARENTHETICAL.finditer(text):
        works = tuple(w for cite in CITE.finditer(match["cites"]) for w in _works(cite["authors"], cite["years"]))
        groups.append(CitationGroup(match.start(), match.end(), works, narrative=False))
    for match in TRAILING.finditer(text):
        if any(g.start <= match.start() < g.end for g in groups):
            continue
        works = tuple(w for cite in CITE.finditer(match["cites"]) for w in _works(cite["authors"], cite["years"]))
        groups.append(CitationGroup(match.start("tail"), match.end("tail"), works, narrative=False, trailing=True))
    taken = [(g.start, g.end) for g in groups]
    for match in NARRATIVE.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        groups.append(CitationGroup(match.end("authors"), match.end(),
                                    tuple(_works(match["authors"], match["years"])), narrative=True))
    return sorted(groups, key=lambda g: g.start)


# ------------------------------------------------------------------------------ resolving

def fold(name: str) -> str:
    """A name compared without case, accents, spaces or punctuation: "Rodríguez-Pérez" → "rodriguezperez"."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in plain if ch.isalpha() and not unicodedata.combining(ch)).lower()


def _same_name(cited: str, listed: str) -> bool:
    """A surname in the text names the reference's author in full or by its last word ("Berg" for
    "van der Berg"; a particle some styles drop)."""
    if not cited.strip() or not listed.strip():
        return False
    return fold(cited) == fold(listed) or fold(cited.split()[-1]) == fold(listed.split()[-1])


@dataclass(frozen=True, slots=True)
class ListedWork:
    """What an author–year citation is matched on, taken from one parsed reference."""

    number: int
    surnames: tuple[str, ...]
    year: int | None
    letter: str                       # the "a" of a year printed "2014a" in the list


def listed_work(reference: Reference) -> ListedWork:
    """A reference's surnames (from its parsed authors, or its first name when none were parsed), year,
    and the letter its year carries in the list."""
    surnames = tuple(LEADING_INITIALS.sub("", a).strip() for a in reference.authors)
    if not any(surnames):
        head = re.match(SURNAME, reference.raw.strip())
        surnames = (head.group(0),) if head else ()
    year = reference.year
    if year is None:
        found = re.search(rf"\b({YEAR})[a-z]?\b", reference.raw)
        year = int(found.group(1)) if found else None
    letter = re.search(rf"\b{year}([a-z])\b", reference.raw) if year else None
    return ListedWork(reference.number, surnames, year, letter.group(1) if letter else "")


def _preferred(candidates: list[ListedWork], keep: Callable[[ListedWork], bool]) -> list[ListedWork]:
    """The candidates ``keep`` picks, or all of them when it picks none (a hint, not a rule)."""
    kept = [c for c in candidates if keep(c)]
    return kept or candidates


def resolve(work: AuthorYear, listed: Sequence[ListedWork]) -> int | None:
    """The number of the one listed work that ``work`` names, or None when none or several fit."""
    candidates = [w for w in listed if w.year == work.year and w.surnames and _same_name(work.surnames[0], w.surnames[0])]
    printed = bool(work.letter) and any(w.letter for w in candidates)
    if printed:             # the list prints the year's letter: it decides before how many authors "et al." hints at
        candidates = [w for w in candidates if w.letter == work.letter]
    if len(work.surnames) >= 2:
        candidates = [w for w in candidates if len(w.surnames) >= len(work.surnames)
                      and all(_same_name(a, b) for a, b in zip(work.surnames[1:], w.surnames[1:], strict=False))]
        candidates = _preferred(candidates, lambda w: len(w.surnames) == len(work.surnames))
    elif work.et_al:
        candidates = _preferred(candidates, lambda w: len(w.surnames) >= 3)
    else:
        candidates = _preferred(candidates, lambda w: len(w.surnames) == 1)
    if work.letter and not printed:       # a list that prints no letters: they follow the list's order
        numbers = sorted({w.number for w in candidates})
        k = ord(work.letter) - ord("a")
        candidates = [w for w in candidates if k < len(numbers) and w.number == numbers[k]]
    numbers = {w.number for w in candidates}
    return numbers.pop() if len(numbers) == 1 else None


# ------------------------------------------------------------------------------ lifting

def _printed(works: Sequence[AuthorYear]) -> str:
    """Works as a parenthetical group prints them: "Xu et al., 2014, 2015; Marsh, 2020"."""
    runs: list[tuple[str, list[str]]] = []
    for work in works:
        year = f"{work.year}{work.letter}"
        if runs and runs[-1][0] == work.authors:
            runs[-1][1].append(year)
        else:
            runs.append((work.authors, [year]))
    return "; ".join(f"{authors}, {', '.join(years)}" for authors, years in runs)


def _parenthesised(works: Sequence[AuthorYear], narrative: bool) -> str:
    """Works as the group printed them: "(2014, 2015)" after a narrative's authors, else in full."""
    if narrative:
        return "(" + ", ".join(f"{w.year}{w.letter}" for w in works) + ")"
    return f"({_printed(works)})"


def _edit(text: str, group: CitationGroup, numbers: Sequence[int | None]) -> tuple[int, int, str, CitationMarker]:
    """The edit that lifts a group's resolved works out of ``text``, and the marker left in their place
    (its ``raw`` what it lifted). Works that did not resolve stay printed: a parenthetical keeps them in
    its parentheses, a narrative one its year."""
    start = group.start
    while start > 0 and text[start - 1] == " ":
        start -= 1
    resolved = [w for w, n in zip(group.works, numbers, strict=True) if n is not None]
    unresolved = [w for w, n in zip(group.works, numbers, strict=True) if n is None]
    raw = _parenthesised(resolved, group.narrative) if unresolved else text[group.start:group.end].strip()
    kept = "" if not unresolved else f"; {_printed(unresolved)}" if group.trailing else \
        f" {_parenthesised(unresolved, group.narrative)}"
    found = tuple(dict.fromkeys(n for n in numbers if n is not None))
    return start, group.end, kept, CitationMarker(found, start, raw)


def lift_citations(text: str, markers: Sequence[CitationMarker], spans: Sequence[LineSpan],
                   listed: Sequence[ListedWork]) -> tuple[str, list[CitationMarker], list[LineSpan]]:
    """``text`` with its resolvable author–year citations lifted out as markers (offsets of the other
    markers and line spans kept); an unresolvable one stays as printed."""
    edits, found = [], []
    for group in find_citations(text):
        numbers = [resolve(w, listed) for w in group.works]
        if any(n is not None for n in numbers):
            start, end, kept, marker = _edit(text, group, numbers)
            edits.append((start, end, kept))
            found.append(marker)
    if not edits:
        return text, list(markers), list(spans)
    return splice(text, edits, [*markers, *found], spans)


def author_year_citations(blocks: tuple[Block, ...], references: Sequence[Reference]) -> tuple[Block, ...]:
    """A paper that cites by author and year: when its author–year groups name a good share of its
    reference list, and clearly more of it than its numeric markers do, each resolvable group is lifted
    out of its block as a marker. A numbered paper's "(2014)" stays text, and so does its "Xu et al.
    (2014) [12]", which names no more works than its numbers do; a stray superscript or two in an
    author–year paper does not switch it off; in one with no numeric marker, three resolved works do, or two
    in parentheses."""
    numbers = {r.number for r in references}
    if not numbers:
        return blocks
    running = [b for b in blocks if b.kind in TEXT_KINDS or b.kind == BlockKind.TABLE]     # a Ref. column counts
    by_number = {n for b in running for m in b.citations for n in m.numbers if n in numbers}
    listed = [listed_work(r) for r in references]
    found = [(g.narrative, n) for b in running for g in find_citations(b.text)
             for n in (resolve(w, listed) for w in g.works) if n is not None]
    by_author = {n for _, n in found}
    # a paper with no numeric marker at all needs no share: three works named and found in its list (a short
    # paper citing a few of a long list), or two cited in parentheses, "(Ferrow et al., 2019)", cite by author
    # and year; two in running text may be chance ("Lund (2019)" a place)
    in_parentheses = {n for narrative, n in found if not narrative}
    share = len(by_author) >= max(2, len(numbers) // 10) or not by_number and (
        len(by_author) >= 3 or len(in_parentheses) >= 2)
    if not share or len(by_author) <= 2 * len(by_number):
        return blocks
    return lift_in_blocks(blocks, lambda text, markers, spans: lift_citations(text, markers, spans, listed))
