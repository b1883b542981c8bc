"""One cue-matching API: whole words only, any white space between a phrase's words."""

from __future__ import annotations

import pytest

from strife.codebook.cues import CueList
from strife.extract.lexicon import load_lexicon


def test_a_word_never_matches_inside_a_longer_word() -> None:
    accidents = load_lexicon().cue("accident_words")
    assert not accidents.occurs_in("Gunmen stormed the barracks at dawn.")
    assert not accidents.occurs_in("Militants floodlit the compound.")
    assert accidents.occurs_in("The storm brought down the hangar.")
    assert accidents.occurs_in("A Storm, they said, caused it.")


def test_phrases_match_across_line_breaks_and_report_offsets_of_the_text() -> None:
    cues = CueList("zero", ["no one was hurt", "nobody"])
    text = "Police said NO ONE\nwas hurt in the blast."
    found = cues.search(text)
    assert found is not None
    assert (text[found.start : found.end], found.phrase) == ("NO ONE\nwas hurt", "no one was hurt")


def test_the_longest_entry_starting_at_a_place_wins_and_search_is_leftmost() -> None:
    cues = CueList("suicide", ["suicide", "suicide car bomber", "bomber"])
    text = "a bomber and a suicide car bomber"
    assert [m.phrase for m in cues.finditer(text)] == ["bomber", "suicide car bomber"]
    first = cues.search(text)
    assert first is not None and first.phrase == "bomber"


def test_membership_is_by_whole_entry() -> None:
    nouns = CueList("nouns", ["gunman", "armed men"])
    assert "gunman" in nouns and "armed men" in nouns
    assert "gun" not in nouns and "men" not in nouns


@pytest.mark.parametrize(
    ("verb", "place", "dead"),
    [("stormed", "Kunduz", 6), ("stormed", "Mosul", 11), ("rushed", "Maiduguri", 4)],
)
def test_an_attack_that_stormed_a_building_is_no_storm(
    run, verb: str, place: str, dead: int
) -> None:
    """"stormed" once read as the accident word "storm" and dropped the bombing beside it."""
    result = run(f"Militants {verb} a police station in {place} and detonated a bomb, "
                 f"killing {dead} officers.", "2024-01-10")  # fmt: skip
    (incident,) = result.incidents
    assert incident.attack_types[0] == "Bombing/Explosion"
    assert incident.killed.total == dead


def test_a_real_storm_still_marks_an_accident(run) -> None:
    text = "A gas cylinder exploded in a restaurant in Lahore during a storm, killing three people."
    assert run(text, "2024-01-10").incidents == []
