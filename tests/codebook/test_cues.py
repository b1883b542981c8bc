"""One cue-matching API: whole words only, any white space between a phrase's words."""

from __future__ import annotations

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
