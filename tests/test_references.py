"""Reference entries in each common style, written for these tests (fictional works)."""

import pytest

from pipeline.reader.references import parse_entry

STYLES = {
    "wiley": "A. B. Ferrow, C.-D. Lund, E. Marsh, Adv. Energy Mater. 2019, 9, 1802345.",
    "wiley2023": 'A. B. Ferrow, C.-D. Lund, and E. Marsh, "Porous Hosts for Metal Anodes," '
                 "Advanced Energy Materials 9, no. 12 (2019): 1802345.",
    "rsc": "A. B. Ferrow, C.-D. Lund and E. Marsh, J. Mater. Chem. A, 2019, 9, 1802–1810.",
    "elsevier": "A.B. Ferrow, C.-D. Lund, E. Marsh, Porous hosts for metal anodes, J. Power Sources 9 (2019) "
                "1802–1810.",
    "nature": "Ferrow, A. B., Lund, C.-D. & Marsh, E. Porous hosts for metal anodes. Nat. Energy 9, 1802–1810 (2019).",
    "acs": "Ferrow, A. B.; Lund, C.-D.; Marsh, E. Porous Hosts for Metal Anodes. ACS Nano 2019, 9, 1802–1810.",
    "ieee": 'A. B. Ferrow, C.-D. Lund, and E. Marsh, "Porous hosts for metal anodes," Journal of Power Sources, '
            "vol. 9, no. 4, pp. 1802–1810, 2019.",
    "apa": "Ferrow, A. B., Lund, C.-D., & Marsh, E. (2019). Porous hosts for metal anodes. Journal of Power "
           "Sources, 9(4), 1802–1810.",
    "vancouver": "Ferrow AB, Lund CD, Marsh E. Porous hosts for metal anodes. J Power Sources. 2019;9(4):1802-10.",
    # BibTeX's own styles, as preprints and theses print them: first names (plain, unsrt) or initials (abbrv)
    "bibtex-plain": "Anna B. Ferrow, Carl-Dag Lund, and Eve Marsh. Porous hosts for metal anodes. Nat. Energy, "
                    "9(4):1802–1810, 2019.",
    "bibtex-abbrv": "A. B. Ferrow, C.-D. Lund, and E. Marsh. Porous hosts for metal anodes. Nat. Energy, "
                    "9:1802–1810, May 2019.",
    # GB/T 7714 (Chinese journals): surnames in capitals before bare initials, the title's document type "[J]",
    # then "year, volume(issue): pages"
    "gbt7714": "FERROW A B, LUND C D, MARSH E. Porous hosts for metal anodes[J]. J. Power Sources, 2019, 9(4): "
               "1802-1810.",
}


@pytest.mark.parametrize("style", STYLES)
def test_references_authors_in_printed_order(style):
    ref = parse_entry(1, STYLES[style])
    assert [a.split()[-1] for a in ref.authors] == ["Ferrow", "Lund", "Marsh"], ref


@pytest.mark.parametrize("style", STYLES)
def test_references_locator_fields(style):
    ref = parse_entry(1, STYLES[style])
    assert (ref.year, ref.volume, ref.pages[:4]) == (2019, "9", "1802"), ref


@pytest.mark.parametrize("style, journal", [
    ("wiley", "Adv. Energy Mater."), ("wiley2023", "Advanced Energy Materials"), ("rsc", "J. Mater. Chem. A"),
    ("elsevier", "J. Power Sources"), ("nature", "Nat. Energy"), ("acs", "ACS Nano"),
    ("ieee", "Journal of Power Sources"), ("apa", "Journal of Power Sources"), ("vancouver", "J Power Sources"),
    ("bibtex-plain", "Nat. Energy"), ("bibtex-abbrv", "Nat. Energy"), ("gbt7714", "J. Power Sources"),
])
def test_references_journal_between_title_and_locator(style, journal):
    assert parse_entry(1, STYLES[style]).journal == journal


@pytest.mark.parametrize("style", ["wiley2023", "elsevier", "nature", "acs", "ieee", "apa", "vancouver", "bibtex-plain",
                                   "bibtex-abbrv", "gbt7714"])
def test_references_title_when_printed(style):
    assert parse_entry(1, STYLES[style]).title.lower() == "porous hosts for metal anodes"


def test_references_et_al_and_doi():
    ref = parse_entry(7, "Quill, R. et al. A study of things. Sci. Adv. 3, e1600225 (2017). "
                         "https://doi.org/10.1126/sciadv.1600225")
    assert ref.authors == ("R. Quill",)
    assert (ref.journal, ref.volume, ref.pages, ref.year) == ("Sci. Adv.", "3", "e1600225", 2017)
    assert ref.doi == "10.1126/sciadv.1600225"


def test_references_initials_first_journal_is_not_an_author():
    ref = parse_entry(3, "R. Quill, J. Power Sources 2001, 94, 212.")
    assert ref.authors == ("R. Quill",) and ref.journal == "J. Power Sources"


@pytest.mark.parametrize("entry", ["R. Quill, J. Mater. Chem. A 2001, 94, 212.", "R. Quill, J. Nanopart. Res. 2001, 94, 212.",
                                   "R. Quill and T. Oy, J. Membr. Sci. 2001, 94, 212."])
def test_references_a_journal_word_before_a_stop_is_not_an_author(entry):
    """A stop after an initials-first name closes the list only where a title follows (three words or more to its
    own stop); a journal abbreviation spelled like a name ("J. Nanopart.") is no author."""
    authors = parse_entry(3, entry).authors
    assert authors and not any(a.startswith("J.") for a in authors)


def test_references_a_list_closed_by_a_stop_before_the_journal_keeps_its_last_author():
    """Nature's short style prints no title: "D. Quill, E. Oyelaran. Nat. Mater. 4, 623 (2019)." — the stop closes the
    list, and the name before it is its last author though no title follows."""
    ref = parse_entry(3, "D. Quill, E. Oyelaran. Nat. Mater. 4, 623 (2019).")
    assert ref.authors == ("D. Quill", "E. Oyelaran")
    assert (ref.journal, ref.volume, ref.pages, ref.year) == ("Nat. Mater.", "4", "623", 2019)


def test_references_first_names_only_where_the_titles_stop_closes_the_list():
    """BibTeX's plain style prints first names; a capitalised pair at an entry's head with no title after it
    ("Materials Project, computed data") is not taken for an author."""
    assert parse_entry(3, "Materials Project, a database of computed crystal data, 2020.").authors == ()


def test_references_first_locator_wins_over_a_second_edition():
    ref = parse_entry(4, "A. B. Ferrow, Angew. Chem. Int. Ed. 2019, 58, 1802; Angew. Chem. 2019, 131, 1812.")
    assert (ref.journal, ref.volume, ref.pages) == ("Angew. Chem. Int. Ed.", "58", "1802")


# ------------------------------------------------------------------------------ generated lists

STYLE_NAMES = ["acs", "acs-titled", "rsc", "nature", "elsevier", "wiley", "mdpi", "iop", "ecs", "springer"]


@pytest.mark.parametrize("style", STYLE_NAMES)
def test_references_generated_list_parses_in_each_house_style(style):
    """200 invented works, printed as the style prints them (ACS and RSC without titles; IOP with no stop
    between title and journal; article numbers and DOIs among them), parse at >= 0.98 field accuracy."""
    from refstyles import entry, field_accuracy, works
    listed = works(200)
    parsed = [parse_entry(k + 1, entry(style, w)) for k, w in enumerate(listed)]
    assert field_accuracy(parsed, [w.gold() for w in listed]) >= 0.98


def test_references_journal_initial_is_not_an_author_initial():
    """'J.' opening a journal ('J. Am. Chem. Soc.', 'J. Power Sources') after an author list is the journal's."""
    acs = parse_entry(1, "Park, H. J. Am. Chem. Soc. 1995, 43, 1663.")
    assert acs.authors == ("H. Park",) and acs.journal == "J. Am. Chem. Soc." and acs.pages == "1663"
    rsc = parse_entry(2, "K.-H. Kim, J. Power Sources, 2020, 75, 796265.")
    assert rsc.authors == ("K.-H. Kim",) and rsc.journal == "J. Power Sources" and rsc.year == 2020


@pytest.mark.parametrize("style", ["wiley", "rsc", "acs"])
def test_references_several_works_under_one_number(style):
    """Wiley 'a) …; b) …', RSC '(a) …; (b) …' and works run together with '; ' are each a work."""
    from refstyles import field_accuracy, multi, works

    from pipeline.reader.references import split_works
    listed = works(60, seed=3)
    parsed, gold = [], []
    for k in range(0, 60, 3):
        group = listed[k:k + 3]
        parts = split_works(multi(style, group))
        assert [p for p, _ in parts] == ["a", "b", "c"]
        parsed.extend(parse_entry(k + 1, text) for _, text in parts)
        gold.extend(w.gold() for w in group)
    assert field_accuracy(parsed, gold) >= 0.98


def test_references_one_work_is_not_split_at_its_author_semicolons():
    from pipeline.reader.references import split_works
    raw = "Smith, A. B.; Jones, C. D. A title; with a semicolon. Nano Lett. 2019, 19, 12–20."
    assert split_works(raw) == [("", raw)]


def test_references_page_range_whose_dash_was_lost():
    ref = parse_entry(1, "Tarascon, J.-M. & Armand, M. Issues and challenges. Nature 414, 359 367 (2001).")
    assert ref.journal == "Nature" and ref.volume == "414" and ref.pages.startswith("359") and ref.year == 2001


def test_references_preprint():
    ref = parse_entry(1, "Smith, A. B. et al. A faster anode. Preprint at https://arxiv.org/abs/2101.01234 (2021).")
    assert ref.journal == "arXiv" and ref.pages == "2101.01234" and ref.year == 2021 and ref.title == "A faster anode"


def test_lettered_markers_cite_the_entries_that_list_their_works(tmp_path):
    """A German chemistry journal's manner: raised '[4a]', '[5b,c]' and '[6a–c]' name entries that each list
    several works ('[4] a) …; b) …'). Each marker is read as its entry's number, and a figure it cites keeps it in
    the graph, though the entry's works are nodes of their own."""
    import json
    import shutil
    import subprocess
    import sys

    from test_table_regions import _unavailable
    if shutil.which("pdflatex") is None:
        _unavailable("pdflatex is not installed")
    works = {4: 2, 5: 3, 6: 3}
    entries = []
    for number in range(1, 7):
        parts = [f"{chr(65 + n)}. Varga{number}{n}, \\textit{{Chem. Eur. J.}} \\textbf{{{2015 + n}}}, "
                 f"\\textit{{{20 + number}}}, {3000 + 17 * number + n}" for n in range(works.get(number, 1))]
        if len(parts) > 1:
            parts = [f"{chr(97 + n)}) {p}" for n, p in enumerate(parts)]
        entries.append(f"\\noindent [{number}] {'; '.join(parts)}.\\par")
    (tmp_path / "w.tex").write_text(r"""\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}
\title{Tungsten, boron and titanium hosts for lithium: a minireview}\author{Ida Varga}\date{}
\begin{document}\maketitle\begin{abstract}Three hosts for lithium metal anodes are compared by the figures their
authors report.\end{abstract}\section*{1. Introduction}Lithium anodes fail early, and hosts are one answer to
their dendrites.\textsuperscript{[1--3]}
\section*{2. Hosts}A tungsten carbide mesh plated lithium for 1150 h in symmetric cells.\textsuperscript{[4a]} A
boron-doped carbon felt kept a Coulombic efficiency of 98.7\% over 260 cycles.\textsuperscript{[5b,c]} A titanium
foam with gold seeds lowered the nucleation overpotential to 13 mV.\textsuperscript{[6a--c]}
\section*{References}""" + "\n".join(entries) + r"\end{document}", encoding="utf-8")
    subprocess.run(["pdflatex", "-interaction=batchmode", "w.tex"], cwd=tmp_path, capture_output=True, check=False)
    cli = [sys.executable, "-m", "pipeline.cli"]
    store = tmp_path / "store"
    subprocess.run([*cli, "ingest", str(tmp_path / "w.pdf"), "--store", str(store)], check=True, capture_output=True)
    rows = json.loads(subprocess.run([*cli, "query", "measurements", "--store", str(store), "--format", "json"],
                                     check=True, capture_output=True, text=True).stdout)
    rows = rows["rows"] if isinstance(rows, dict) else rows
    cited = {(r["value"], tuple(int(c) for c in r["citations"])) for r in rows}
    assert cited == {(1150.0, (4,)), (98.7, (5,)), (260.0, (5,)), (13.0, (6,))}


@pytest.mark.parametrize("raw, authors, journal", [
    ("Okafor B, Lindqvist H. Chin. Chem. Lett., 2019, 22: 562–572.", ("B. Okafor", "H. Lindqvist"), "Chin. Chem. Lett."),
    ("Varga T, Moreau S. Sci. China Mater., 2021, 64: 1100–1108.", ("T. Varga", "S. Moreau"), "Sci. China Mater."),
])
def test_a_vancouver_list_with_the_year_before_the_volume_keeps_its_last_author(raw, authors, journal):
    """"Surname I, Surname I. Journal, Year, Volume: Pages" (Chinese journals' style): the stop after the last author's
    initial closes the list, the journal's words, a comma and the year standing where a volume would."""
    reference = parse_entry(1, raw)
    assert (reference.authors, reference.journal) == (authors, journal)


@pytest.mark.parametrize("raw, authors, journal", [
    ("Quist R, Oyelaran T. Phys. Chem. Chem. Phys. 2016, 18, 2210.", ("R. Quist", "T. Oyelaran"),
     "Phys. Chem. Chem. Phys."),
    ("Marsh E, Ferrow J. J. Power Sources, 2020, 8: 4411–4420.", ("E. Marsh", "J. Ferrow"), "J. Power Sources"),
])
def test_a_surname_with_bare_initials_ends_the_list_at_its_stop(raw, authors, journal):
    """'Surname I.' is a name whatever follows its stop: a journal of abbreviated words with the year after it (no title,
    no volume to tell a journal by), or a 'J.' after a last initial 'J.' ('Ferrow J. J. Power Sources': a lone capital
    is no spelled surname, so this is not first names before surnames)."""
    reference = parse_entry(1, raw)
    assert (reference.authors, reference.journal) == (authors, journal)
