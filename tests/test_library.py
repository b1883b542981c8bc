"""The public library API: strife.extract, strife.Extractor, strife.open_store."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

import strife
from strife.errors import InputError, UsageError

SENTENCE = "Gunmen killed two police officers in Kandahar on Monday."


def test_extract_reads_a_text_with_its_publication_date() -> None:
    result = strife.extract(SENTENCE, published="2024-03-05")
    (incident,) = result.incidents
    assert incident.killed.total == 2
    assert incident.attack_types == ["Armed Assault"]
    assert incident.target_types == ["Police"]
    assert incident.location.country_code == "AF"
    assert incident.date.start == date(2024, 3, 4)  # the Monday before publication
    # strife.extract stays the function after the rule layer (strife/extract/) is loaded.
    assert callable(strife.extract)


@pytest.mark.parametrize(
    ("text", "killed", "place"),
    [("Militants shot dead five soldiers in Peshawar on Friday.", 5, "PK"),
     ("Three policemen were killed when gunmen attacked a checkpoint in Mosul.", 3, "IQ")],
)  # fmt: skip
def test_extract_on_other_sentences(text: str, killed: int, place: str) -> None:
    (incident,) = strife.extract(text, published=date(2023, 6, 2)).incidents
    assert (incident.killed.total, incident.location.country_code) == (killed, place)


def test_extract_takes_a_document_and_checks_its_date() -> None:
    from strife.ingest.documents import document_from_plain_text

    document = document_from_plain_text(SENTENCE, published=date(2024, 3, 5))
    assert strife.extract(document).document == document
    with pytest.raises(InputError, match="contradicts"):
        strife.extract(document, published="2020-01-01")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        strife.extract(SENTENCE, published="5 March")


def test_import_strife_loads_no_model() -> None:
    code = (
        "import sys, json, strife; "
        "print(json.dumps([m for m in ('spacy', 'sqlalchemy', 'strife.pipeline') "
        "if m in sys.modules]))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout  # fmt: skip
    assert json.loads(loaded) == []


def test_extractors_share_the_models_loaded_once_per_process() -> None:
    first, second = strife.Extractor(), strife.Extractor()
    assert first.nlp is second.nlp and first.roles is second.roles
    assert first.resolver is second.resolver


def test_an_extractor_uses_the_place_resolver_it_is_given() -> None:
    from strife.geo import PlaceResolver
    from strife.geo.gazetteer import KIND_ADMIN1, KIND_CITY, MATCH_NAME, Gazetteer
    from strife.geo.names import name_key

    gazetteer = Gazetteer()
    region = gazetteer.add("Norland", 9000001, (60.0, 10.0), KIND_ADMIN1, "NO", 500_000)
    town = gazetteer.add("Quillmoor", 9000002, (60.5, 10.5), KIND_CITY, "NO", 40_000)
    gazetteer.admin1[town] = region
    for row in range(len(gazetteer)):
        key = name_key(gazetteer.names[row])
        gazetteer.index[key] = (*gazetteer.index.get(key, ()), row * 4 + MATCH_NAME)
    extractor = strife.Extractor(resolver=PlaceResolver(gazetteer))
    assert extractor.nlp is strife.Extractor().nlp  # the other models stay the shared ones
    text = "Gunmen killed four villagers in Quillmoor on Sunday, police said."
    (incident,) = extractor.extract(text, published="2024-05-07").incidents
    assert (incident.location.geonames_id, incident.location.admin1) == (9000002, "Norland")
    assert incident.killed.total == 4


def test_open_store_adds_queries_and_exports(tmp_path) -> None:
    texts = [
        ("A car bomb killed seven people at a market in Kirkuk on Tuesday.", "2023-05-10"),
        (SENTENCE, "2024-03-05"),
    ]
    with strife.open_store(f"sqlite:///{tmp_path / 'strife.db'}") as store:
        outcomes = store.add([strife.extract(text, published=day) for text, day in texts])
        assert len(outcomes) == 2
        bombings = store.query(attack_type="Bombing/Explosion")
        assert [i.killed.total for i in bombings] == [7]
        assert {i.location.country_code for i in store.query()} == {"IQ", "AF"}
        assert store.export(str(tmp_path / "out.jsonl")) == 2
        lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
        assert sorted(json.loads(line)["killed"]["total"] for line in lines) == [2, 7]
        with pytest.raises(UsageError, match="unknown query condition"):
            store.query(colour="red")


def test_the_readme_library_example_runs(tmp_path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    example = readme.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "2 ['Armed Assault'] 2024-03-04"
    assert "Kirkuk" in printed[1] and "7 killed" in printed[1]
    assert (tmp_path / "incidents.csv").read_text(encoding="utf-8").startswith("eventid,")
