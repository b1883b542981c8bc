"""``Mention``: a stretch of text that may name a place, with what the text says about it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    start: int
    end: int
    text: str
    key: str
    hint: int | None = None  # gazetteer kind a designator word points to
    container: int | None = None  # index of the mention that contains this one
    container_name: str | None = None  # restrict to this country (a US state abbreviation)
    demonym: str | None = None  # ISO alpha-2 when the mention is a country adjective
    origin: str = "gazetteer"
    weak: bool = False  # only the gazetteer says it is a place (see acceptance)
    in_name: bool = False  # opens a longer proper name ("Boko" of "Boko Haram")
