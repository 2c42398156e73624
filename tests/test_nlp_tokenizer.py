"""Tokenizer rules: chemistry and units stay whole; bounds and glued units come apart (made-up text)."""

import pytest


def tokens(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize("word", ["Li3PO4", "Li7B6", "rGO", "graphene@Ni", "Cu–Zn", "LiPF₆", "Li|Cu", "Li6PS5Cl"])
def test_nlp_tokenizer_keeps_chemistry_whole(nlp, word):
    assert word in tokens(nlp, f"a layer of {word}, made")


@pytest.mark.parametrize("text, expected", [
    ("at 5 mA h cm−2 for", ["5", "mA", "h", "cm−2"]),
    ("of 7.81 × 10−2 mS cm−1.", ["7.81", "×", "10−2", "mS", "cm−1"]),
    ("reached 98.6% in", ["98.6%"]),
    ("heated to 140°C in", ["140°C"]),
])
def test_nlp_tokenizer_keeps_units_and_numbers_whole(nlp, text, expected):
    found = tokens(nlp, text)
    start = found.index(expected[0])
    assert found[start:start + len(expected)] == expected


@pytest.mark.parametrize("text", ["at 1 mA cm−2/2 mA h cm−2.", "at 1 mA cm⁻²/2 mA h cm⁻².", "at 1 mA cm²/2 mA h cm²."])
def test_nlp_tokenizer_splits_two_figures_joined_by_a_slash(nlp, text):
    """A slash after a unit's power and before a number joins two figures, whatever glyph the power is."""
    found = tokens(nlp, text)
    assert found[found.index("/") - 1].startswith("cm") and found[found.index("/") + 1] == "2"


def test_nlp_tokenizer_keeps_abbreviations_but_no_emoticons(nlp):
    """English's exceptions for chat text are not a paper's: "8)" closing "(Figure 8)" is a number and a
    bracket, not an emoticon; abbreviations keep their stop."""
    assert tokens(nlp, "as shown (Figure 8) and")[4:6] == ["8", ")"]
    assert "e.g." in tokens(nlp, "hosts, e.g. nickel foam, and")


def test_nlp_tokenizer_splits_bound_from_number(nlp):
    assert tokens(nlp, "kept ≈20% of it")[1:3] == ["≈", "20%"]


def test_nlp_tokenizer_splits_glued_units(nlp):
    assert tokens(nlp, "dried 12h at 0.6mgcm⁻²")[1:5] == ["12", "h", "at", "0.6"]


@pytest.mark.parametrize("label", ["3D", "2C", "1T"])
def test_nlp_tokenizer_keeps_labels_that_look_like_units(nlp, label):
    assert label in tokens(nlp, f"see the {label} panel")


def test_nlp_tokenizer_keeps_a_unit_whose_power_was_lost(nlp):
    assert tokens(nlp, "at 12.0 mA cm–.")[-2:] == ["cm–", "."]


def test_nlp_tokenizer_splits_a_stray_dash_glued_to_a_word(nlp):
    assert tokens(nlp, "that of–425 mV")[1:4] == ["of", "–", "425"]


def test_nlp_tokenizer_warmed_up_splits_as_a_fresh_one(nlp):
    """An ingest tokenizes a paper's rough text while its reading runs (``warm_tokenizer``), for the
    cache and the lexemes; a sentence tokenized after that splits as a tokenizer that never saw it."""
    from pipeline.nlp.build import NlpConfig, _build, warm_tokenizer
    fresh = _build(NlpConfig())
    sentence = ("The Zn@CF host (2 mA cm−2, 1 mAh cm−2) kept a 98.7% CE for 400 cycles, i.e. 800 h, "
                "vs. ~35 mV for bare Cu.")
    rough = "Zn@CF host\n(2 mA cm−2,\n98.7% CE 400 cycles,\ni.e. 800 h vs. ~35 mV\nbare Cu. Cu.\n(2"
    asked = []
    warm_tokenizer(fresh, [rough, rough], until=lambda: asked.append(1) or len(asked) > 7)
    assert len(asked) == 8                              # stops when told, line by line
    assert [t.text for t in fresh.tokenizer(sentence)] == [t.text for t in _build(NlpConfig()).tokenizer(sentence)]
    assert [t.text for t in fresh.tokenizer(sentence)] == [t.text for t in nlp.tokenizer(sentence)]
