"""Looking up a lexicon list's words in a sentence (``mentions.has_words`` and ``last_word_at``): whole words,
any case, found where the one-alternative-per-word pattern they are read by finds them."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.mentions import has_words, last_word_at, structure_words
from pipeline.nlp.patterns import word_regex

LISTS = ["attribution", "control", "processing", "closing_sections"]


def one_alternative_per_word(key: str) -> re.Pattern[str]:
    """The plain spelling of the look-up: each word in turn, a whole word at a letter or digit end."""
    words = sorted(structure_words()[key], key=len, reverse=True)
    return re.compile("|".join((r"(?<![\w-])" if w[:1].isalnum() else "") + re.escape(w) +
                               (r"(?![\w-])" if w[-1:].isalnum() else "") for w in words), re.IGNORECASE)


def test_has_words_takes_whole_words_in_any_case():
    assert has_words("attribution", "as Lee ET AL. showed, the host keeps 98% over 200 cycles")
    assert not has_words("attribution", "a cell of metal alloys")              # "et al" inside words
    assert not has_words("closing_sections", "a summary-like table")            # a hyphen joins it to a word
    assert has_words("closing_sections", "5. Summary and outlook")
    assert last_word_at("closing_sections", "Summary and outlook") == len("Summary and ")


@pytest.mark.parametrize("key", LISTS)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_word_lookup_finds_what_one_alternative_per_word_finds(key, data):
    words = list(structure_words()[key])
    pieces = st.one_of(st.sampled_from(words), st.sampled_from(words).map(str.upper),
                       st.sampled_from(["-", " ", "'", "’", "a", "s", "x1", "ſ", "K", ". ", ",", "İ"]))
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    expected = [m.span() for m in one_alternative_per_word(key).finditer(text)]
    assert [m.span() for m in word_regex(key).finditer(text)] == expected
