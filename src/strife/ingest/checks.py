"""Refuse input that is not an English news article, with a message that says why."""

from __future__ import annotations

import re

from strife.errors import InputError

MAX_BYTES = 5_000_000
"""Larger than any news article by two orders of magnitude; refuses dumps passed by mistake."""

_ENGLISH_WORDS = frozenset(
    "the an of to in and or on at by for with from that this was were is are be been has have "
    "had he she it they his her their its said says who which as not but after before said "
    "we you our into over than then there these those when where while would will could "
    "about also more other some what all were being two three killed people police".split()
)
_WORD = re.compile(r"[A-Za-z]+")


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
    words = _WORD.findall(text[:20000])
    letters = sum(1 for ch in text[:20000] if ch.isalpha())
    if letters and len("".join(words)) < 0.5 * letters:
        raise InputError(f"{label}: the article is not in English (strife reads English text)")
    if len(words) >= 12:
        share = sum(1 for w in words if w.lower() in _ENGLISH_WORDS) / len(words)
        # English prose runs at 30-50% of these words; other languages share very few. A
        # one-line note ("a roadside bomb hit a convoy near Gao, Mali, killing 4 soldiers")
        # is mostly names and content words, so a short text needs only one in twenty.
        if share < (0.12 if len(words) >= 40 else 0.05):
            raise InputError(
                f"{label}: the article is not in English (strife reads English text)"
            )
    elif len(words) < 3:
        raise InputError(f"{label}: too little text to be an article ({len(words)} words)")
