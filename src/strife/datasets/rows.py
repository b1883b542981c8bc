"""``DatasetRow``: one dataset row as strife stores it, and the placing of rows on the map."""

from __future__ import annotations

from dataclasses import dataclass

from strife.datasets import values
from strife.models import Document, Incident

DATASETS = ("gtd", "acled")


def document_id(dataset: str, row_id: str) -> str:
    """The id of the "document" a dataset row stands for. Real document ids are sha256 hex, so
    the ``dataset:`` prefix can never clash with one, and tells dataset rows from news."""
    return f"{dataset}:{row_id}"


@dataclass(frozen=True)
class DatasetRow:
    """A row read: the incident, and the document (the dataset and its row id) it comes from."""

    dataset: str
    row_id: str
    incident: Incident
    document: Document


@dataclass(frozen=True)
class PlaceHint:
    """What a row says about its place, before the gazetteer fills the gaps."""

    country: str | None
    admin1: str | None
    city: str | None
    point: tuple[float, float] | None

    @classmethod
    def read(cls, row: dict[str, str], country: str, admin1: str, city: str) -> PlaceHint:
        """The hint from a row's named columns, plus its ``latitude``/``longitude``."""
        return cls(
            country=values.place(row.get(country)),
            admin1=values.place(row.get(admin1)),
            city=values.place(row.get(city)),
            point=values.point(row.get("latitude"), row.get("longitude")),
        )


def make_document(dataset: str, row_id: str, text: str, url: str | None, label: str,
                  cites: str | None = None) -> Document:  # fmt: skip
    """The stand-in document: its source names the dataset, its title the row (and the
    outlets the dataset cites, where it says)."""
    return Document(
        id=document_id(dataset, row_id),
        url=url,
        source=label,
        title=f"{label} {row_id}" + (f" ({cites})" if cites else ""),
        text=text or f"{label} {row_id}",
    )
