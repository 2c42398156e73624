"""NLP throughput on the sample, in words per second, and the NLP stage's share of a full ingest.

Baselines measured in the same run: spaCy's blank English tokenizer over the same sentences (what
any pipeline pays), and the whole ingest of the sample into a fresh store.
"""

from __future__ import annotations

import statistics

import spacy

from benchmarks.bench_export import _median
from benchmarks.bench_ingest import SAMPLE, ingest_once
from pipeline.extract import extract, read_paper
from pipeline.nlp import build_nlp
from pipeline.reader.document import read_document
from pipeline.reader.segment import sentences


def run(repeats: int = 3) -> list[dict[str, object]]:
    document = read_document(SAMPLE)
    texts = [s.text for s in sentences(document)]
    words = sum(len(t.split()) for t in texts)
    nlp = build_nlp()
    blank = spacy.blank("en")
    baseline = _median(lambda: list(blank.pipe(texts)), repeats)
    pipeline = _median(lambda: list(nlp.pipe(texts)), repeats)
    reading = _median(lambda: read_paper(document, nlp), repeats)
    extraction = _median(lambda: extract(document, nlp), repeats)
    ingest = statistics.median(ingest_once(SAMPLE)[0] for _ in range(repeats))
    return [
        {"name": "NLP words/s on the sample / blank tokenizer", "candidate": f"{words / pipeline:.0f} words/s",
         "baseline": f"{words / baseline:.0f} words/s", "ratio": round(baseline / pipeline, 3), "goal": ">= 0.05"},
        {"name": "NLP stage (pipe + mentions) / sample ingest", "candidate": f"{reading:.2f} s",
         "baseline": f"{ingest:.2f} s", "ratio": round(reading / ingest, 3), "goal": "<= 0.10"},
        {"name": "extraction (NLP + linking) / sample ingest", "candidate": f"{extraction:.2f} s",
         "baseline": f"{ingest:.2f} s", "ratio": round(extraction / ingest, 3), "goal": "<= 0.15"},
    ]
