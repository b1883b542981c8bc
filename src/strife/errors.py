"""strife's exceptions: one tree, each message says what went wrong and how to fix it.

::

    StrifeError
    ├── InputError            a document cannot be read (missing, empty, binary, undecodable,
    │                         not English, too large, malformed JSON Lines / feed / WARC)
    ├── UsageError            a bad option value (date, format name, flag combination)
    ├── StoreError            the database cannot be opened or written (bad URL, server down)
    ├── ModelError            a model or data file that ships with strife is missing or broken
    ├── ExtractionError       the pipeline broke on one document (a bug: the message names it)
    └── EvaluationError       an evaluation file is malformed

The CLI turns any ``StrifeError`` into one line on stderr and a non-zero exit; the API turns it
into the one JSON error shape. Nothing else should be caught at those edges.
"""

from __future__ import annotations


class StrifeError(Exception):
    """Base of every error strife raises on purpose."""

    exit_code = 1


class InputError(StrifeError):
    """A document or input file cannot be read as an article."""

    exit_code = 2


class UsageError(StrifeError):
    """An option or argument has a value strife cannot use."""

    exit_code = 2


class StoreError(StrifeError):
    """The store cannot be opened, migrated or written."""

    exit_code = 3


class ModelError(StrifeError):
    """A shipped model, lexicon or gazetteer is missing or unreadable."""

    exit_code = 4


class ExtractionError(StrifeError):
    """The pipeline failed on one document; ingest lists it and goes on."""

    exit_code = 5


class EvaluationError(StrifeError):
    """An evaluation corpus or gold file is malformed."""

    exit_code = 2
