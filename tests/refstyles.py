"""Reference lists in the house styles of the major publishers, generated from invented works.

``works(n)`` makes invented works (authors, title, journal, year, volume, pages or an article number,
DOI); ``entry(style, work)`` prints one as that style prints it, and ``multi(style, works)`` prints
several works under one number the way that style does. The journals are real abbreviations, the
works are not. ``field_accuracy`` scores parsed references the way the shared evaluator does.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

SURNAMES = ["Zhang", "Müller", "van der Berg", "O'Neil", "Kowalski", "Nakamura", "García-López", "Smith", "Li",
            "Park", "Dubois", "Ivanova", "Chen", "Al-Hassan", "de Souza", "Kim", "Wang", "Sørensen", "Rossi", "Xu"]
GIVEN = ["A.", "B. C.", "J.-M.", "Y.", "K.-H.", "M. A.", "S.", "D. R.", "H.", "X.-Q."]
JOURNALS = ["J. Electrochem. Soc.", "J. Power Sources", "Energy Environ. Sci.", "J. Mater. Chem. A", "Nano Lett.",
            "ACS Nano", "ACS Energy Lett.", "Adv. Energy Mater.", "Adv. Mater.", "Angew. Chem. Int. Ed.",
            "Nat. Energy", "Nat. Commun.", "Nature", "Science", "Joule", "Chem. Rev.", "Chem. Soc. Rev.",
            "Electrochim. Acta", "Energy Storage Mater.", "Batteries", "Nanomaterials", "Nanotechnology",
            "J. Phys. Chem. C", "Phys. Rev. B", "Chem. Commun.", "Small", "Sci. Adv.", "Nano Energy",
            "Solid State Ionics", "J. Am. Chem. Soc."]
TITLES = ["Dendrite-free lithium deposition on a three-dimensional copper host",
          "Ionic transport in Li6PS5Cl: a combined diffraction and impedance study",
          "Why do lithium metal anodes fail? Insights from operando microscopy",
          "A LiF-rich interphase for long-life lithium metal batteries",
          "Carbon nanotube scaffolds for high-rate sodium metal anodes",
          "Electrolyte design for 4.5 V LiNi0.8Co0.1Mn0.1O2 cathodes",
          "Self-healing polymer coatings stabilize silicon anodes",
          "Solid electrolyte interphase growth, revisited"]


@dataclass(frozen=True)
class Work:
    authors: tuple[tuple[str, str], ...]    # (initials, surname)
    title: str
    journal: str
    year: int
    volume: str
    first: str
    last: str                               # "" for an article number
    doi: str

    def gold(self) -> dict:
        return {"authors": [f"{i} {s}" for i, s in self.authors], "journal": self.journal, "year": self.year,
                "volume": self.volume, "pages": f"{self.first}-{self.last}" if self.last else self.first}


def works(n: int, seed: int = 13) -> list[Work]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        authors = tuple((rng.choice(GIVEN), rng.choice(SURNAMES)) for _ in range(rng.choice([1, 2, 3, 4, 5])))
        article = rng.random() < 0.3
        first = str(rng.randint(100000, 2999999)) if article else str(rng.randint(1, 12000))
        last = "" if article else str(int(first) + rng.randint(3, 15))
        out.append(Work(authors, rng.choice(TITLES), rng.choice(JOURNALS), rng.randint(1995, 2024),
                        str(rng.randint(1, 160)), first, last, f"10.{rng.randint(1000, 9999)}/inv.{k:04d}"))
    return out


def _names(work: Work, order: str, last_sep: str, sep: str = ", ", dots: bool = True) -> str:
    names = []
    for initials, surname in work.authors:
        if not dots:
            initials = initials.replace(".", "")           # IOP: "Smith A B", "Park J-M"
        names.append(f"{surname}, {initials}" if order == "surname, initials" else
                     f"{surname} {initials}" if order == "surname initials" else f"{initials} {surname}")
    if len(names) == 1:
        return names[0]
    return sep.join(names[:-1]) + last_sep + names[-1]


def _pages(work: Work, dash: str = "–") -> str:
    return f"{work.first}{dash}{work.last}" if work.last else work.first


def entry(style: str, work: Work, dash: str = "–") -> str:
    """One work as ``style`` prints it (without its number)."""
    pages = _pages(work, dash)
    if style == "acs":            # titles omitted, as in many ACS journals
        return f"{_names(work, 'surname, initials', '; ', '; ')} {work.journal} {work.year}, {work.volume}, {pages}."
    if style == "acs-titled":
        return (f"{_names(work, 'surname, initials', '; ', '; ')} {work.title}. {work.journal} {work.year}, "
                f"{work.volume}, {pages}.")
    if style == "rsc":
        return f"{_names(work, 'initials surname', ' and ')}, {work.journal}, {work.year}, {work.volume}, {pages}."
    if style == "nature":
        return (f"{_names(work, 'surname, initials', ' & ')} {work.title}. {work.journal} {work.volume}, "
                f"{pages} ({work.year}).")
    if style == "elsevier":
        return (f"{_names(work, 'initials surname', ', ')}, {work.title}, {work.journal} {work.volume} ({work.year}) "
                f"{pages}, https://doi.org/{work.doi}.")
    if style == "wiley":
        return f"{_names(work, 'initials surname', ', ')}, {work.journal} {work.year}, {work.volume}, {pages}."
    if style == "mdpi":
        return (f"{_names(work, 'surname, initials', '; ', '; ')} {work.title}. {work.journal} {work.year}, "
                f"{work.volume}, {pages}.")
    if style == "iop":
        return (f"{_names(work, 'surname initials', ' and ', dots=False)} {work.year} {work.title} "
                f"{work.journal} {work.volume} {pages}")
    if style == "springer":       # author–year, initials without stops, journal abbreviated without stops
        journal = work.journal.replace(".", "")
        return (f"{_names(work, 'surname initials', ', ', dots=False)} ({work.year}) {work.title}. "
                f"{journal} {work.volume}:{pages}")
    if style == "ecs":
        return f"{_names(work, 'initials surname', ' and ')}, {work.journal}, {work.volume}, {pages} ({work.year})."
    raise ValueError(style)


def multi(style: str, group: list[Work]) -> str:
    """Several works under one number: Wiley 'a) …; b) …', RSC '(a) …; (b) …', ACS '… ; …'."""
    if style == "wiley":
        return "; ".join(f"{chr(97 + k)}) {entry('wiley', w)[:-1]}" for k, w in enumerate(group)) + "."
    if style == "rsc":
        return "; ".join(f"({chr(97 + k)}) {entry('rsc', w)[:-1]}" for k, w in enumerate(group)) + "."
    if style == "acs":
        return " ".join(entry("acs", w)[:-1] + ";" for w in group)[:-1] + "."
    raise ValueError(style)


def field_accuracy(parsed, gold: list[dict]) -> float:
    """Share of (journal, year, volume, first page, author surnames) fields right, as the evaluator counts."""
    def norm(text) -> str:
        return re.sub(r"[^a-z0-9]", "", str(text).lower().replace("–", "-"))
    right = total = 0
    for got, want in zip(parsed, gold, strict=True):
        for key in ("journal", "year", "volume", "pages"):
            total += 1
            a, b = getattr(got, key) or "", want[key]
            if key == "pages":
                a, b = re.split(r"[-–]", str(a))[0], re.split(r"[-–]", str(b))[0]
            right += norm(a) == norm(b)
        total += 1
        right += [norm(a.split()[-1]) for a in got.authors] == [norm(a.split()[-1]) for a in want["authors"]]
    return right / total
