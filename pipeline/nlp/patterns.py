"""Patterns for the spaCy components, built from the lexicon files and the ontology's labels."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

LEXICONS = Path(__file__).resolve().parent / "lexicons"


@dataclass(frozen=True, slots=True)
class MaterialEntry:
    name: str
    aliases: tuple[str, ...]


@cache
def materials() -> tuple[MaterialEntry, ...]:
    rows = yaml.safe_load((LEXICONS / "materials.yaml").read_text(encoding="utf-8"))
    return tuple(MaterialEntry(r["name"], tuple(str(a) for a in r["aliases"])) for r in rows)


@cache
def structure_words() -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load((LEXICONS / "structure_words.yaml").read_text(encoding="utf-8"))
    return {key: tuple(str(v) for v in values) for key, values in data.items()}


def material_alias_index() -> dict[str, str]:
    """alias → canonical material name."""
    return {alias: m.name for m in materials() for alias in m.aliases}
