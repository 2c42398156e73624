"""Author–year citations → markers that name reference numbers. Sentences and works are invented."""

from dataclasses import replace

import pytest

from pipeline.reader.citations import author_year_citations, find_citations, lift_citations, listed_work
from pipeline.reader.references import parse_entry
from pipeline.records import BBox, Block, BlockKind, CitationMarker

LIST = [   # an unnumbered list, numbered by place; Quill's two works of 2018 told apart by a/b
    "Ferrow, A. B., Lund, C.-D., 2019. Porous hosts for metal anodes. J. Power Sources 9, 1802–1810.",
    "Marsh, E., Quill, R., Tamm, S., 2020. Films on copper. Nat. Energy 5, 12–20.",
    "Quill, R., Tamm, S., Ferrow, A. B., 2018a. Separators that breathe. Adv. Mater. 30, 1801.",
    "Quill, R., Marsh, E., Lund, C.-D., 2018b. Separators that do not. Adv. Mater. 30, 1802.",
    "van der Berg, J., 2017. A single-author work. Electrochim. Acta 12, 100–110.",
]
REFERENCES = [parse_entry(k, raw) for k, raw in enumerate(LIST, start=1)]
LISTED = [listed_work(r) for r in REFERENCES]


def lifted(text: str) -> tuple[str, list[CitationMarker]]:
    kept, markers, _ = lift_citations(text, [], [], LISTED)
    return kept, markers


def test_citations_parenthetical_group_names_each_work():
    text, markers = lifted("Hosts stop dendrites (e.g., Ferrow and Lund, 2019; Marsh et al., 2020). Next.")
    assert text == "Hosts stop dendrites. Next."
    assert [(m.numbers, m.start, m.raw) for m in markers] == [
        ((1, 2), 20, "(e.g., Ferrow and Lund, 2019; Marsh et al., 2020)")]


def test_citations_parenthetical_without_comma_and_with_ampersand():
    assert lifted("as shown (Ferrow & Lund 2019; van der Berg, 2017).")[1][0].numbers == (1, 5)


def test_citations_brackets_that_close_on_their_works_keep_what_they_say():
    """"(about 900 h; Ferrow and Lund, 2019)": the figure stays in its brackets, the works after the semicolon are
    lifted; one that resolves to no work stays printed after it."""
    text, markers = lifted("Woven hosts last longer (about 900 h; Ferrow and Lund, 2019). Next.")
    assert text == "Woven hosts last longer (about 900 h). Next."
    assert [(m.numbers, text[:m.start]) for m in markers] == [((1,), "Woven hosts last longer (about 900 h")]
    text, markers = lifted("Films stay thin (12 nm; Marsh et al., 2020; Okoro, 2011).")
    assert text == "Films stay thin (12 nm; Okoro, 2011)." and markers[0].numbers == (2,)


def test_citations_narrative_keeps_the_authors_in_the_sentence():
    text, markers = lifted("Marsh et al. (2020) grew films, as Ferrow & Lund (2019) did.")
    assert text == "Marsh et al. grew films, as Ferrow & Lund did."
    assert [(m.numbers, text[:m.start], m.raw) for m in markers] == [
        ((2,), "Marsh et al.", "(2020)"), ((1,), "Marsh et al. grew films, as Ferrow & Lund", "(2019)")]


def test_citations_year_letters_pick_the_work():
    assert lifted("a separator (Quill et al., 2018b)")[1][0].numbers == (4,)
    assert lifted("Quill et al. (2018a, b) made two.")[1][0].numbers == (3, 4)


def test_citations_a_printed_year_letter_decides_before_et_al_hints_at_three_authors():
    """"Ferrow et al. (2019a)" where the list prints "Ferrow, Lund, 2019a" (two authors) and "Ferrow, Lund, Marsh,
    2019b": the letter names the work, though "et al." would rather name a work of three or more."""
    listed = [listed_work(parse_entry(k, raw)) for k, raw in enumerate([
        "Ferrow, A., Lund, C., 2019a. One work. J. Power Sources 9, 10–20.",
        "Ferrow, A., Lund, C., Marsh, E., 2019b. Another work. J. Power Sources 9, 30–40."], start=1)]
    assert lift_citations("Ferrow et al. (2019a) grew films.", [], [], listed)[1][0].numbers == (1,)
    assert lift_citations("Ferrow et al. (2019b) grew films.", [], [], listed)[1][0].numbers == (2,)


def test_citations_year_letters_follow_the_list_when_it_prints_none():
    plain = [listed_work(replace(r, raw=r.raw.replace("2018a", "2018").replace("2018b", "2018"))) for r in REFERENCES]
    kept, markers, _ = lift_citations("one (Quill et al., 2018b)", [], [], plain)
    assert kept == "one" and markers[0].numbers == (4,)


def test_citations_second_author_tells_two_author_works_apart():
    listed = [listed_work(parse_entry(k, raw)) for k, raw in enumerate([
        "Ferrow, A., Lund, C., 2019. One work. J. Power Sources 9, 10–20.",
        "Ferrow, A., Marsh, E., 2019. Another work. J. Power Sources 9, 30–40."], start=1)]
    assert lift_citations("(Ferrow and Marsh, 2019)", [], [], listed)[1][0].numbers == (2,)


@pytest.mark.parametrize("text", [
    "a claim (Nobody et al., 2099).",              # no such work
    "a claim (Quill et al., 2018).",               # two works fit: a number is never guessed
    "In March (2019) the cells ran (Fig. 2, 2019).",
])
def test_citations_unresolvable_stay_as_printed(text):
    assert lifted(text) == (text, [])


def test_citations_group_keeps_the_works_it_cannot_resolve():
    text, markers = lifted("a claim (Marsh et al., 2020; Nobody, 2001) and Ferrow and Lund (2019, 2030) too.")
    assert text == "a claim (Nobody, 2001) and Ferrow and Lund (2030) too."
    assert [(m.numbers, m.raw) for m in markers] == [((2,), "(Marsh et al., 2020)"), ((1,), "(2019)")]


def test_citations_other_markers_and_line_spans_keep_their_characters():
    from pipeline.records import LineSpan
    text = "Films grew (Marsh et al., 2020) on copper"
    kept, markers, spans = lift_citations(text, [CitationMarker((9,), len(text), "9")],
                                          [LineSpan(0, 11, 1, BBox(0, 0, 1, 1)), LineSpan(11, len(text), 1, BBox(0, 0, 1, 1))],
                                          LISTED)
    assert kept == "Films grew on copper"
    assert [(m.numbers, m.start) for m in markers] == [((2,), 10), ((9,), len(kept))]
    assert [(s.start, s.end) for s in spans] == [(0, 10), (10, len(kept))]


def test_citations_a_reference_without_a_readable_author_is_never_matched():
    from pipeline.reader.citations import ListedWork
    nameless = [ListedWork(8, (), 2019, ""), ListedWork(9, ("", ""), 2019, "")]
    assert lift_citations("(Ferrow and Lund, 2019)", [], [], nameless)[1] == []


def test_citations_find_reads_groups_in_order():
    groups = find_citations("Lund (2019) and others (see also Marsh et al., 2020; Quill et al. 2018a, b).")
    assert [(g.narrative, [(w.surnames[0], w.year, w.letter) for w in g.works]) for g in groups] == [
        (True, [("Lund", 2019, "")]),
        (False, [("Marsh", 2020, ""), ("Quill", 2018, "a"), ("Quill", 2018, "b")])]


def _block(text: str, citations: tuple[CitationMarker, ...] = ()) -> Block:
    return Block(BlockKind.BODY, text, 1, BBox(0, 0, 1, 1), 0, citations=citations)


def test_citations_switch_on_for_an_author_year_paper():
    """Also with a stray superscript read as a numeric marker (a footnote's "1")."""
    blocks = (_block("Hosts help (Ferrow and Lund, 2019). Films help (Marsh et al., 2020)."),
              _block("Separators help too, as Quill et al. (2018a) found."),
              _block("Cells were cycled at room temperature.", (CitationMarker((1,), 38, "1"),)))
    out = author_year_citations(blocks, REFERENCES)
    assert [m.numbers for b in out for m in b.citations] == [(1,), (2,), (3,), (1,)]


def test_citations_numeric_paper_is_untouched():
    """A paper that cites by number keeps its years in parentheses as text, however well they match."""
    numbered = tuple(_block(f"Result {k} held [{k}].", (CitationMarker((k,), 14, f"[{k}]"),)) for k in range(1, 6))
    blocks = (*numbered, _block("Marsh et al. (2020) grew films in 2020 (2020), as (Ferrow and Lund, 2019) did."))
    assert author_year_citations(blocks, REFERENCES) == blocks


def test_citations_a_paper_whose_years_name_few_works_is_untouched():
    """Two groups that happen to match two of forty works are no citation style."""
    named = [parse_entry(39, "Lund, C., 2019. A work. J. Power Sources 9, 10–20."),
             parse_entry(40, "Ferrow, A., 2018. A work. J. Power Sources 9, 30–40.")]
    many = [parse_entry(k, f"Other, A., {1990 + k % 20}. Work {k}. J. Power Sources 9, {k}–{k + 5}.")
            for k in range(1, 39)] + named
    blocks = (_block("In 2019 (2019) we made hosts; Lund (2019) is a place, (Ferrow, 2018) a name."),)
    assert author_year_citations(blocks, many) == blocks
    assert author_year_citations(blocks, named) != blocks       # where they name the list, they cite


def test_citations_three_works_of_a_long_list_cite_where_no_number_does():
    """A short paper that cites three works of a list of forty by author and year, and no work by number: too few
    for a share of the list, yet with no numeric marker beside them three found works are the paper's style, and
    so are two that it cites in parentheses."""
    many = [parse_entry(k, f"Other, A., {1990 + k % 20}. Work {k}. J. Power Sources 9, {k}–{k + 5}.")
            for k in range(1, 38)] + [parse_entry(37 + k, raw) for k, raw in enumerate(LIST[:3], start=1)]
    blocks = (_block("Hosts help (Ferrow and Lund, 2019). Films help (Marsh et al., 2020)."),
              _block("Separators help too, as Quill et al. (2018a) found."))
    out = author_year_citations(blocks, many)
    assert [m.numbers for b in out for m in b.citations] == [(38,), (39,), (40,)]
    numbered = (*blocks, _block("Cells were cycled [4].", (CitationMarker((4,), 19, "[4]"),)))
    assert author_year_citations(numbered, many) == numbered
    two = (blocks[0],)                                     # two, each in parentheses: cited, not chance
    assert [m.numbers for b in author_year_citations(two, many) for m in b.citations] == [(38,), (39,)]


@pytest.mark.parametrize("style", ["author-year", "numbered"])
def test_citations_read_from_a_pdf(tmp_path, style):
    """A two-column page, body beside its reference list: by author and year, the list unnumbered, each
    citation becomes a marker; cited by number, the years in parentheses stay text."""
    from typeset import two_column_pdf

    from pipeline.reader.document import read_document
    cite = {"author-year": ["(Ferrow and Lund, 2019)", "Marsh et al. (2020)", "(Quill et al., 2018b)",
                            "(Quill et al., 2018a)", "(van der Berg, 2017)"],
            "numbered": ["[1]", "Marsh et al. (2020) [2]", "[4]", "[3]", "[5]"]}[style]
    body = [("title", "Invented Results on Metal Anodes"), ("heading", "Introduction"),
            ("body", f"Porous hosts keep metal anodes flat over many cycles {cite[0]}. Thin films on copper "
                     f"do the same, as {cite[1]} showed for coated foils in carbonate electrolytes."),
            ("body", f"Separators that breathe were made in 2018 (2018) and cycled for long {cite[2]}. "
                     f"Their cousins were made the same year {cite[3]}, and one work did it alone {cite[4]}. "
                     "All cells here were built the same way and cycled at room temperature.")]
    entries = [("heading", "References")] + [
        ("small", f"[{k}] {raw}" if style == "numbered" else raw) for k, raw in enumerate(LIST, start=1)]
    document = read_document(two_column_pdf(tmp_path / "paper.pdf", [(body, entries)]))
    assert [r.number for r in document.references] == [1, 2, 3, 4, 5]
    assert [r.authors[0].split()[-1] for r in document.references] == ["Ferrow", "Marsh", "Quill", "Quill", "Berg"]
    running = [b for b in document.blocks if b.kind in (BlockKind.BODY, BlockKind.ABSTRACT)]
    text = " ".join(b.text for b in running)
    assert [m.numbers for b in running for m in b.citations] == [(1,), (2,), (4,), (3,), (5,)]
    narrative = {"author-year": "as Marsh et al. showed", "numbered": "as Marsh et al. (2020) showed"}[style]
    assert narrative in text and "in 2018 (2018) and" in text and "Ferrow" not in text
