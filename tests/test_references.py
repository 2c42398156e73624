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
])
def test_references_journal_between_title_and_locator(style, journal):
    assert parse_entry(1, STYLES[style]).journal == journal


@pytest.mark.parametrize("style", ["wiley2023", "elsevier", "nature", "acs", "ieee", "apa", "vancouver"])
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


def test_references_first_locator_wins_over_a_second_edition():
    ref = parse_entry(4, "A. B. Ferrow, Angew. Chem. Int. Ed. 2019, 58, 1802; Angew. Chem. 2019, 131, 1812.")
    assert (ref.journal, ref.volume, ref.pages) == ("Angew. Chem. Int. Ed.", "58", "1802")
