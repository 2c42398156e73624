import pytest
from rdflib import Graph

from ontology import ONTOLOGY_TTL
from pipeline import vocab_gen
from pipeline.vocab import AKG


def test_vocab_matches_ontology():
    """pipeline/vocab.py is exactly what `make vocab` writes from the ontology."""
    expected = vocab_gen.render(Graph().parse(ONTOLOGY_TTL))
    assert vocab_gen.TARGET.read_text(encoding="utf-8") == expected, "run `make vocab`"


def test_vocab_rejects_misspelt_term():
    with pytest.raises(AttributeError):
        AKG.CoulombicEfficency  # noqa: B018


def test_ontology_parses_with_expected_top_classes():
    from pipeline.ontology import top_classes
    assert {c.name for c in top_classes()} == {"ConductiveFramework", "NonConductiveFramework", "NanostructuredSEI"}
