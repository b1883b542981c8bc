"""Property: ``export --format gtd-csv`` then ``import gtd`` gives the same incidents.

The incidents drawn are those a GTD row can carry (GTD has one group name, no individual
perpetrators, no evidence). Places have both coordinates or no place at all: a row without
coordinates but with a named place would be placed through the gazetteer on import, which
adds coordinates the export did not have (on purpose, not a round-trip loss).
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strife.datasets.importer import import_dataset
from strife.export.rows import gtd_date
from strife.export.stored import export_incidents
from strife.models import ATTACK_TYPES, TARGET_TYPES, WEAPON_TYPES, Document, Incident, Result
from strife.store import open_store

WORD = st.text("abcdefghijklmnopqrstuvwxyzé", min_size=1, max_size=8)
PHRASE = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
SUMMARY = st.lists(WORD | st.sampled_from([",", "\"", "\n", "7"]), max_size=8).map(
    lambda parts: " ".join(parts).strip()
)
PLACE = st.none() | st.fixed_dictionaries({
    "name": PHRASE, "city": PHRASE, "admin1": st.none() | PHRASE, "country": PHRASE,
    "lat": st.floats(-90, 90), "lon": st.floats(-180, 180), "precision": st.just("city"),
})  # fmt: skip
COUNT = st.none() | st.integers(0, 500)


@st.composite
def gtd_incidents(draw: st.DrawFn, n: int) -> Incident:
    start = draw(st.none() | st.dates(date(1970, 1, 1), date(2030, 12, 31)))
    days = draw(st.integers(0, 40))
    precision = draw(st.sampled_from(["day", "month", "year", "approximate", "unknown"]))
    group = draw(st.none() | PHRASE.filter(lambda g: g != "unknown"))
    claimed = group is not None and draw(st.booleans())
    place = draw(PLACE)
    return Incident.model_validate({
        "id": f"{2016000000 + n}",
        "date": {"start": start, "end": start and start + timedelta(days=days),
                 "precision": precision},
        "location": {**place, "name": place["city"]} if place else {},
        "attack_types": draw(st.lists(st.sampled_from(ATTACK_TYPES), max_size=3, unique=True)),
        "target_types": draw(st.lists(st.sampled_from(TARGET_TYPES), max_size=3, unique=True)),
        "weapon_types": draw(st.lists(st.sampled_from(WEAPON_TYPES), max_size=4, unique=True)),
        "perpetrators": [{"name": group, "kind": "group", "claimed": claimed}] if group else [],
        "claimed_by": [group] if claimed else [],
        "killed": {"total": draw(COUNT), "perpetrators": draw(COUNT)},
        "wounded": {"total": draw(COUNT), "perpetrators": draw(COUNT)},
        "suicide": draw(st.none() | st.booleans()),
        "summary": draw(SUMMARY),
    })  # fmt: skip


def exported(url: str, out: Path) -> str:
    with open_store(url) as store:
        export_incidents(store.iter_incidents(order="id"), "gtd-csv", str(out))
    return out.read_text(encoding="utf-8")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=4, unique=True).flatmap(
    lambda ns: st.tuples(*(gtd_incidents(n) for n in ns))))  # fmt: skip
def test_export_then_import_gives_the_same_incidents(resolver, incidents):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        original = f"sqlite:///{folder / 'a.db'}"
        with open_store(original) as store:
            for i, incident in enumerate(incidents):
                doc = Document(id=f"{i:064x}", text="report", url=f"https://x.example/{i}")
                store.add_result(Result(document=doc, incidents=[incident]))
        first = exported(original, folder / "first.csv")
        copy = f"sqlite:///{folder / 'b.db'}"
        with open_store(copy) as store:
            summary = import_dataset(store, "gtd", str(folder / "first.csv"), resolver)
            assert (summary.new, summary.bad_count) == (len(incidents), 0)
            imported = {i.id: i for i in store.iter_incidents()}
        assert exported(copy, folder / "second.csv") == first
        for incident in incidents:
            got = imported[incident.id]
            assert got.killed == incident.killed and got.wounded == incident.wounded
            assert got.attack_types == incident.attack_types
            assert got.weapon_types == incident.weapon_types
            assert [p.name for p in got.perpetrators] == [p.name for p in incident.perpetrators]
            assert got.summary == incident.summary and got.suicide == incident.suicide
            assert (got.location.lat, got.location.lon) == (incident.location.lat,
                                                            incident.location.lon)
            assert gtd_date(got) == gtd_date(incident)  # the date as GTD can state it
