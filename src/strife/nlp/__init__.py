"""nlp: the one spaCy pipeline, built once per process, with strife's own components."""

from strife.nlp.pipeline import load_nlp

__all__ = ["load_nlp"]
