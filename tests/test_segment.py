"""Sentence splitting: stops end sentences, except after abbreviations, initials and decimal points."""

import pytest

from pipeline.reader.segment import split_offsets


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_offsets(text)]


@pytest.mark.parametrize("text, expected", [
    ("Cells ran at 60 °C. The capacity held.", ["Cells ran at 60 °C.", "The capacity held."]),
    ("It was cycled at 2 C. Then it failed.", ["It was cycled at 2 C.", "Then it failed."]),
    ("Charged to 4.3 V. Next it rested.", ["Charged to 4.3 V.", "Next it rested."]),
    ("As J. Zhang showed, it works. Next.", ["As J. Zhang showed, it works.", "Next."]),
    ("See Fig. 3 for the cells. Then more.", ["See Fig. 3 for the cells.", "Then more."]),
    ("Zheng et al. 12 hosts. Over 99.5 % held.", ["Zheng et al. 12 hosts.", "Over 99.5 % held."]),
])
def test_segment_split_offsets(text, expected):
    assert sentences(text) == expected
