"""Hypothesis strategies for valid extraction results (documents with incidents)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from strife.extract.acled import load_acled_vocabulary
from strife.models import ATTACK_TYPES, TARGET_TYPES, WEAPON_TYPES, Document, Incident, Result

# Any text a database can hold: no NUL (PostgreSQL refuses it) and no lone surrogates (not UTF-8).
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
SOME_TEXT = TEXT.filter(lambda s: s != "")
MAYBE_TEXT = st.none() | TEXT
DAYS = st.dates(date(1970, 1, 1), date(2030, 12, 31))
COUNT = st.none() | st.integers(0, 10_000)


@st.composite
def date_ranges(draw: st.DrawFn) -> dict[str, object]:
    start = draw(st.none() | DAYS)
    end = None if start is None else start + timedelta(days=draw(st.integers(0, 40)))
    precision = draw(st.sampled_from(["day", "month", "year", "approximate", "unknown"]))
    return {"start": start, "end": end, "precision": precision}


LOCATIONS = st.fixed_dictionaries(
    {
        "name": MAYBE_TEXT,
        "city": MAYBE_TEXT,
        "admin1": MAYBE_TEXT,
        "country": MAYBE_TEXT,
        "country_code": st.none() | st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2),
        "lat": st.none() | st.floats(-90, 90),
        "lon": st.none() | st.floats(-180, 180),
        "geonames_id": st.none() | st.integers(1, 2**40),
        "precision": st.sampled_from(["city", "admin1", "country", "unknown"]),
    }
)
PERPETRATORS = st.fixed_dictionaries(
    {"name": SOME_TEXT, "kind": st.sampled_from(["individual", "group"]), "claimed": st.booleans()}
)
ACLED_CODINGS = [
    {"event_type": event_type, "sub_event_type": sub}
    for sub, event_type in load_acled_vocabulary().sub_event_types.items()
]
MENTIONS = st.lists(st.lists(SOME_TEXT, min_size=1, max_size=2), max_size=2)


@st.composite
def incidents(draw: st.DrawFn, incident_id: str) -> Incident:
    def unique(values: tuple[str, ...], most: int) -> list[str]:
        return draw(st.lists(st.sampled_from(values), max_size=most, unique=True))

    return Incident.model_validate(
        {
            "id": incident_id,
            "date": draw(date_ranges()),
            "location": draw(LOCATIONS),
            "attack_types": unique(ATTACK_TYPES, 3),
            "target_types": unique(TARGET_TYPES, 3),
            "weapon_types": unique(WEAPON_TYPES, 4),
            "perpetrators": draw(st.lists(PERPETRATORS, max_size=2)),
            "claimed_by": draw(st.lists(SOME_TEXT, max_size=2)),
            "killed": {"total": draw(COUNT), "perpetrators": draw(COUNT)},
            "wounded": {"total": draw(COUNT), "perpetrators": draw(COUNT)},
            "suicide": draw(st.none() | st.booleans()),
            "success": draw(st.none() | st.booleans()),
            "roles": {"PerpInd": draw(MENTIONS), "Victim": draw(MENTIONS)},
            "actions": draw(
                st.lists(
                    st.fixed_dictionaries(
                        {
                            "text": TEXT,
                            "attack_type": st.sampled_from(ATTACK_TYPES),
                            "killed": COUNT,
                        }
                    ),
                    max_size=2,
                )
            ),
            "summary": draw(TEXT),
            "evidence": draw(
                st.lists(
                    st.fixed_dictionaries(
                        {
                            "field": SOME_TEXT,
                            "start": st.integers(0, 500),
                            "end": st.integers(0, 500),
                            "text": TEXT,
                        }
                    ),
                    max_size=2,
                )
            ),
            "acled": draw(st.none() | st.sampled_from(ACLED_CODINGS)),
            "confidence": draw(st.floats(0, 1)),
        }
    )


@st.composite
def results(draw: st.DrawFn, prefix: str = "") -> list[Result]:
    """A few results with distinct document ids and distinct incident ids."""
    out = []
    for d in range(draw(st.integers(1, 4))):
        doc = Document(
            id=f"{prefix}doc{d}",
            url=draw(st.none() | st.just(f"https://news.example/{d}")),
            source=draw(MAYBE_TEXT),
            title=draw(MAYBE_TEXT),
            published=draw(st.none() | DAYS),
            dateline=draw(MAYBE_TEXT),
            text=draw(SOME_TEXT),
        )
        count = draw(st.integers(0, 3))
        out.append(
            Result(
                document=doc, incidents=[draw(incidents(f"{prefix}d{d}i{i}")) for i in range(count)]
            )
        )
    return out
