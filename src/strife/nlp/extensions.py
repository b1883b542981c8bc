"""Every ``Doc._`` extension strife uses, registered in one place, once per process."""

from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Idempotent: spaCy keeps extensions on the class, so a second call changes nothing."""
    names = ("strife_group_spans", "strife_findings", "strife_body_start",
             "strife_dateline_end", "strife_case")
    for name in names:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
