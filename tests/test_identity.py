"""Identity keys: one work whatever the citation style, one material whatever its name."""

import pytest

from pipeline.identity import (
    first_author_surname,
    first_page,
    journal_key,
    material_identity,
    normalise_doi,
    paper_work,
    reference_work,
    surname,
    work_keys,
)
from pipeline.records import Document, PaperMeta, Reference


@pytest.mark.parametrize(("abbreviated", "full"), [
    ("Adv. Mater.", "Advanced Materials"),
    ("J. Am. Chem. Soc.", "Journal of the American Chemical Society"),
    ("Angew. Chem. Int. Ed.", "Angewandte Chemie International Edition"),
    ("Angew. Chem. Int. Edit.", "Angew. Chem., Int. Ed."),
    ("Energy Environ. Sci.", "Energy & Environmental Science"),
    ("Phys. Rev. B", "Physical Review B"),
    ("Nat. Commun.", "Nature Communications"),
    ("NanoLett.", "Nano Letters"),
    ("J.Mater.Chem.A", "Journal of Materials Chemistry A"),
    ("J. Phys. Chem. C", "The Journal of Physical Chemistry C"),
    ("Proc. Natl. Acad. Sci. U.S.A.", "Proceedings of the National Academy of Sciences of the United States of America"),
    ("ACSAppl.Mater.Interfaces", "ACS Applied Materials & Interfaces"),
    ("Electrochem. Solid-State Lett.", "Electrochemical and Solid State Letters"),
    ("Int. J. Energy Res.", "International Journal of Energy Research"),
])
def test_identity_journal_abbreviation_equals_full_title(abbreviated, full):
    assert journal_key(abbreviated) == journal_key(full) != ""


@pytest.mark.parametrize(("printed", "key"), [
    ("Adv. Sci. 2017", "adv sci"),                        # a year the reader left on the journal
    ("Nature", "nature"),                                 # one-word titles are never abbreviated
    ("Phys. Rev. A", "phys rev a"),                       # a section letter is not the article "a"
    ("Smith, J. & Jones, K. Building better anodes. Nature", "nature"),   # authors and title left in front
    ("A study of hosts. Adv. Energy Mater.", "adv energy mater"),
    ("Journal of Imaginary Batteries", "j imaginary batter"),             # unknown words are kept
])
def test_identity_journal_key_cleans_what_the_reader_left(printed, key):
    assert journal_key(printed) == key


def test_identity_journal_small_words_are_dropped():
    # "on" is a stopword in journals.yaml (quoted there: bare, YAML reads it as true)
    assert journal_key("Transactions on Energy Storage") == journal_key("Transactions Energy Storage")


def test_identity_journal_letters_differ_between_sections():
    assert journal_key("Phys. Rev. A") != journal_key("Phys. Rev. B")


@pytest.mark.parametrize(("author", "key"), [
    ("M. Armand", "armand"), ("Armand, M.", "armand"), ("J.-M. Tarascon", "tarascon"),
    ("Tarascon, J.M.", "tarascon"), ("Zhang R", "zhang"), ("Y. Li", "li"), ("Li, Y.", "li"),
    ("P. E. Blöchl", "blochl"), ("Muñoz García, A. B.", "garcia"), ("A. B. Muñoz García", "garcia"),
    ("J. van der Waals", "waals"), ("Ada Lovelace", "lovelace"), ("X.-B. Cheng", "cheng"), ("W. C. Du", "du"),
])
def test_identity_surname_in_every_author_style(author, key):
    assert surname(author) == key


@pytest.mark.parametrize(("raw", "key"), [
    ("Armand, M. & Tarascon, J. M. Building better batteries. Nature 451, 652–657 (2008).", "armand"),
    ("G. Kresse and J. Furthmüller, “Efficient schemes,” Physical Review B 54 (1996): 11169.", "kresse"),
    ("Tarascon, J.M.; Armand, M. Issues and challenges. Nature 2001, 414, 359–367.", "tarascon"),
    ("The whole entry is a sentence about lithium hosts without any author at all", ""),
])
def test_identity_first_author_read_off_raw_entry_when_unparsed(raw, key):
    assert first_author_surname((), raw) == key


@pytest.mark.parametrize(("pages", "first"), [
    ("652–657", "652"), ("pp. 11169-11186", "11169"), ("018801", "18801"), ("S93", "s93"),
    ("e70053", "e70053"), ("eadd0510", "eadd510"), ("Article ID 20180297", "20180297"), ("", ""),
])
def test_identity_first_page(pages, first):
    assert first_page(pages) == first


@pytest.mark.parametrize(("doi", "key"), [
    ("https://doi.org/10.1002/ADMA.201504117", "10.1002/adma.201504117"),
    ("doi:10.1038/srep08946.", "10.1038/srep08946"),
    ("not a doi", ""),
])
def test_identity_doi_normalised(doi, key):
    assert normalise_doi(doi) == key


def test_identity_same_work_in_two_citation_styles():
    wiley = Reference(1, "A. Smith, B. Jones, Adv. Mater. 2015, 27, 1980.", ("A. Smith", "B. Jones"),
                      journal="Adv. Mater.", year=2015, volume="27", pages="1980")
    nature = Reference(7, "Smith, A. & Jones, B. A host. Advanced Materials 27, 1980–1986 (2015).",
                       journal="Smith, A. & Jones, B. A host. Advanced Materials", year=2015, volume="27",
                       pages="1980–1986")
    assert reference_work(wiley, "paper-a").primary == reference_work(nature, "paper-b").primary


def test_identity_different_volume_is_a_different_work():
    one = work_keys(authors=("A. Smith",), year=2015, journal="Adv. Mater.", volume="27", pages="1980")
    other = work_keys(authors=("A. Smith",), year=2015, journal="Adv. Mater.", volume="28", pages="1980")
    assert one and other and one[0] != other[0]


def test_identity_doi_is_the_strongest_key_and_others_are_aliases():
    keys = work_keys(doi="10.1234/x.y", authors=("A. Smith",), year=2015, journal="Adv. Mater.", volume="27",
                     pages="1980", title="A long enough title about lithium metal anodes")
    assert [k.kind for k in keys] == ["doi", "cite", "title"]


def test_identity_reference_without_fields_is_a_work_of_its_own():
    work = reference_work(Reference(3, "unreadable"), "10.1/paper")
    assert [str(k) for k in work.keys] == ["ref:10.1/paper#3"]


def test_identity_reference_carrying_the_citing_papers_doi_is_not_that_paper():
    ref = Reference(24, "Some entry. Sci. Rep. 2, 12 (2012). 10.1234/paper", doi="10.1234/paper")
    assert all(k.kind != "doi" for k in reference_work(ref, "10.1234/paper").keys)


def test_identity_paper_keyed_by_doi_and_bibliographic_fields():
    meta = PaperMeta(title="A long enough title about lithium metal anodes", authors=("Ada Lovelace",),
                     journal="Advanced Materials", year=2015, volume="27", pages="1980-1986", doi="10.1234/X")
    doc = Document("10.1234/x", "x.pdf", "0" * 64, 1, meta, ())
    work = paper_work(doc)
    assert str(work.primary) == "doi:10.1234/x"
    cited = Reference(1, "A. Lovelace, Adv. Mater. 2015, 27, 1980.", ("A. Lovelace",), journal="Adv. Mater.",
                      year=2015, volume="27", pages="1980")
    assert reference_work(cited, "10.1234/review").primary in work.aliases


@pytest.mark.parametrize(("one", "other"), [
    ("reduced graphene oxide", "rGO"),
    ("Li3PO4", "Li₃PO₄"),
    ("polyacrylonitrile", "PAN"),
    ("stainless steel", "stainless-steel"),
    ("Stainless Steel", "stainless steel"),
    ("copper", "Cu"),
    ("lithium phosphate", "Li3PO4"),
    ("Li3 PO4", "Li3PO4"),
    ("PVDF", "poly(vinylidene fluoride)"),
])
def test_identity_material_names_meet(one, other):
    assert material_identity(one) == material_identity(other)


@pytest.mark.parametrize(("one", "other"), [
    ("graphene", "reduced graphene oxide"),
    ("Co", "CO"),
    ("Li2S8", "LiS4"),                   # formulas are not reduced: a polysulfide is not a ratio
    ("Cs+", "Cs"),
    ("LiFSI", "LiSIF"),                  # a salt's acronym is not read as the elements it spells
])
def test_identity_material_names_kept_apart(one, other):
    assert material_identity(one).key != material_identity(other).key


@pytest.mark.parametrize("acronym", ["PAN", "PI", "PP", "CNS", "SEI", "LiFSI", "LiBOB", "LiPON", "LiTFSI"])
def test_identity_acronym_of_element_letters_is_no_formula(acronym):
    assert not material_identity(acronym).formula


def test_identity_formula_keyed_by_hill_composition():
    found = material_identity("LiNi0.8Co0.1Mn0.1O2")
    assert found.formula and found.key == "Co0.1LiMn0.1Ni0.8O2" and found.label == "LiNi0.8Co0.1Mn0.1O2"


@pytest.mark.parametrize("raw", [
    "K. Tanaka, L. Moreau, Adv. Energy Mater. 2016, 6, 1501234.",
    "Tanaka, K.; Moreau, L. Porous copper hosts for lithium. Adv. Energy Mater. 2016, 6, 1501234.",
    "K. Tanaka and L. Moreau, “Porous Copper Hosts for Lithium,” Advanced Energy Materials 6, no. 3 (2016): 1501234.",
    "K. Tanaka and L. Moreau, “Porous copper hosts for lithium,” Advanced Energy Materials, vol. 6, no. 3, "
    "Article ID 1501234, 2016.",
    "Tanaka, K. & Moreau, L. Porous copper hosts for lithium. Advanced Energy Materials 6, 1501234 (2016).",
])
def test_identity_unsplit_entry_keyed_from_its_raw_text(raw):
    """The reader may leave journal, volume and pages empty; the key is then read off the raw entry."""
    keys = reference_work(Reference(1, raw, year=2016), "10.1234/citing").keys
    assert [str(k) for k in keys] == ["cite:tanaka:2016:adv-energy-mater:6:1501234"]
