"""A document that breaks the pipeline is named in one error, or skipped and listed."""

from __future__ import annotations

import pytest

from strife.errors import ExtractionError
from strife.ingest.documents import document_from_plain_text
from strife.pipeline import Extractor

GOOD = "Gunmen shot dead two police officers in Kabul on Monday, officials said."
BAD = "A bomb exploded outside a bank in Quetta on Tuesday, wounding five people."


class BreaksOnBanks(Extractor):
    """The real pipeline with a bug in its incident step for texts about banks."""

    def _incidents(self, document, doc):  # type: ignore[no-untyped-def]
        if "bank" in document.text:
            raise ValueError("simulated bug")
        return super()._incidents(document, doc)


@pytest.fixture()
def breaking() -> Extractor:
    return BreaksOnBanks()  # the models are the ones every Extractor of the process shares


def test_failure_raises_a_strife_error_naming_the_document(breaking):
    docs = [document_from_plain_text(GOOD), document_from_plain_text(BAD)]
    with pytest.raises(ExtractionError, match="extraction failed.*simulated bug"):
        list(breaking.extract_many(docs))


def test_skip_failures_lists_the_document_and_keeps_the_others(breaking):
    breaking.skip_failures = True
    breaking.failures.clear()
    docs = [document_from_plain_text(BAD), document_from_plain_text(GOOD)]
    results = list(breaking.extract_many(docs))
    assert [r.document.text for r in results] == [GOOD]
    assert results[0].incidents
    assert [d.text for d, _ in breaking.failures] == [BAD]
    breaking.skip_failures = False
