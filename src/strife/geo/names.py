"""Name keys: the one folding that both the gazetteer index and text look-ups go through.

A key is lower-case ASCII words separated by single spaces, so "Sankt-Peterburg", "St. Louis",
"SAINT LOUIS" and "Saint-Louis" meet the index the same way whatever the text's case.
"""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into ASCII.
_SPECIAL = str.maketrans(
    {
        "ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae",
        "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "ð": "d", "ħ": "h",
        "‘": "'", "’": "'", "ʻ": "'", "ʼ": "'", "`": "'", "´": "'", "ʿ": "", "ʾ": "",
    }
)
_DROP = re.compile(r"['.]")
_SPLIT = re.compile(r"[^a-z0-9]+")
_NON_LETTER = re.compile(r"[^A-Za-z]+")
# Spelling variants that news and GeoNames use interchangeably; folded to one form.
_WORD_FORMS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft", "co": "county"}


def fold(text: str) -> str:
    """Lower-case ASCII with accents removed ("Atyraū" → "atyrau")."""
    if text.isascii():
        return text.lower()
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def name_key(text: str) -> str:
    """The index key of a place name: folded, punctuation dropped, variant words unified."""
    words = _SPLIT.sub(" ", _DROP.sub("", fold(text).replace("&", " and "))).split()
    if _WORD_FORMS.keys() & set(words):
        words = [_WORD_FORMS.get(w, w) for w in words]
    return " ".join(words)


def is_latin_name(name: str) -> bool:
    """Whether an alternate name is worth indexing for English text.

    GeoNames alternate names include every script and lower-case romanisations of them
    ("ta la ci" for Taraz); only Latin-script names that start with a capital are used in
    English news, and all-capital short ones are airport or postal codes ("DMB").
    """
    if not name or not name[0].isupper():
        return False
    if name.isascii():
        letters = len(_NON_LETTER.sub("", name))
    else:
        if len(fold(name)) < max(2, int(len(name) * 0.8)):
            return False
        letters = sum(1 for c in name if c.isalpha())
    if letters < 3:
        return False
    return not (name.isupper() and letters <= 4)
