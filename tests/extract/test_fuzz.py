"""A sample of bench/fuzz_docs.py's generated documents: none may crash the extractor
(the full run is 10,000 documents: ``.venv/bin/python bench/fuzz_docs.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from fuzz_docs import documents, generate  # noqa: E402


def test_the_generator_is_seeded_and_varied():
    first = [text for _, text in generate(5, 40)]
    assert first == [text for _, text in generate(5, 40)]
    assert len(set(first)) >= 35  # a short repeated sentence can come out twice
    sizes = [len(text) for _, text in generate(5, 300)]
    assert min(sizes) < 100 < 10_000 < max(sizes)


def test_a_sample_of_generated_documents_never_crashes(extractor):
    docs = [d for _, d in documents(seed=7, count=100)]
    assert len(docs) >= 90  # nearly all are English enough to be read
    results = list(extractor.extract_many(docs))  # raises ExtractionError on any crash
    assert len(results) == len(docs)
