"""Refuse input that is not an English news article, with a message that says why."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from strife.codebook.loader import load_data
from strife.codebook.schema import LanguageFile
from strife.errors import InputError

MAX_BYTES = 5_000_000
"""Larger than any news article by two orders of magnitude; refuses dumps passed by mistake."""

_ASCII_WORD = re.compile(r"[A-Za-z]+")
_WORD = re.compile(r"[^\W\d_]+")
_JUDGED_WORDS = 25
"""From this length on, a text with almost no English word is refused whatever it is."""
_MIN_ENGLISH_SHARE = 0.08
"""English news runs at 30-50% words of the list, a terse event note at 20% or more."""


@dataclass(frozen=True)
class LanguageMarks:
    """Words that mark English, and words that mark each language strife may be sent instead."""

    english: frozenset[str]
    other: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def language_marks() -> LanguageMarks:
    """The word lists of ``data/ingest/language.yaml``, read once per process."""
    raw = load_data("ingest/language.yaml", LanguageFile)
    return LanguageMarks(
        frozenset(w.lower() for w in raw.english),
        {lang: frozenset(w.lower() for w in words) for lang, words in raw.other.items()},
    )


def _script(text: str) -> str:
    """The commonest non-Latin script among the letters ("ARABIC", "CYRILLIC", …)."""
    scripts: Counter[str] = Counter()
    for ch in text[:5000]:
        if ch.isalpha() and not ch.isascii():
            scripts[unicodedata.name(ch, "OTHER").split()[0]] += 1
    return scripts.most_common(1)[0][0].title() if scripts else "another"


def other_language(text: str) -> str | None:
    """The language ``text`` looks written in when that is not English, else ``None``.

    Short English notes have few function words but always some English ones ("blocked the
    road near …"); a note in French or German has marks of its own and none of English."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    marks = language_marks()
    english = sum(1 for w in words if w in marks.english)
    counts = {lang: sum(1 for w in words if w in vocab) for lang, vocab in marks.other.items()}
    lang, other = max(counts.items(), key=lambda kv: kv[1])
    if other > english and (other >= 2 or english == 0):
        return lang
    if len(words) >= _JUDGED_WORDS and english < _MIN_ENGLISH_SHARE * len(words):
        return "another language"
    return None


def decode_bytes(data: bytes, label: str) -> str:
    """Decode an article file: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    if not data.strip():
        raise InputError(f"{label}: the file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{label}: {len(data):,} bytes is too large for one article "
            f"(limit {MAX_BYTES:,}); split it or pass JSON Lines"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise InputError(f"{label}: this is a binary file, not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label}: the text is not valid UTF-8 (byte {exc.start}); re-encode it as UTF-8"
        ) from None


def check_text(text: str, label: str) -> None:
    """Raise ``InputError`` unless ``text`` looks like English prose."""
    if not text.strip():
        raise InputError(f"{label}: the article text is empty")
    if len(text) > MAX_BYTES:
        raise InputError(f"{label}: the text is too large for one article")
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 20000):
        raise InputError(f"{label}: this looks like binary data, not a text article")
    words = _ASCII_WORD.findall(text[:20000])
    letters = sum(1 for ch in text[:20000] if ch.isalpha())
    if letters and len("".join(words)) < 0.5 * letters:
        raise InputError(
            f"{label}: the article is not in English ({_script(text)} script; "
            "strife reads English text)"
        )
    if len(words) < 3:
        raise InputError(f"{label}: too little text to be an article ({len(words)} words)")
    language = other_language(text)
    if language is not None:
        looks = "like another language" if language == "another language" else language
        raise InputError(
            f"{label}: the article is not in English (it looks {looks}; "
            "strife reads English text)"
        )
