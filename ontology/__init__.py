"""The AnodeKG ontology files, shipped as package data."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
ONTOLOGY_TTL = HERE / "anodekg.ttl"
SHAPES_TTL = HERE / "shapes.ttl"
