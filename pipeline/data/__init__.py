"""Data tables shipped with the package: journal-title abbreviations and material aliases.

Read them through ``pipeline.identity``; nothing else parses these files.
"""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
JOURNALS_YAML = DATA_DIR / "journals.yaml"
MATERIALS_YAML = DATA_DIR / "materials.yaml"
