"""Spelling normalisation for Central Asian place names.

One function, :func:`normalise`, maps every common spelling of a name to one
matching key. The same function is applied to gazetteer names (at build time,
stored in the data files) and to the text being searched, so the two sides
always agree. Keys are lowercase ASCII letters and digits, with no spaces.

Rules, applied in order:

1. Cyrillic (Russian plus the Tajik, Kazakh, Kyrgyz and Uzbek letters) is
   transliterated to Latin.
2. Diacritics are dropped (``ŭ`` -> ``u``), Uzbek ``o'`` becomes ``u``, and
   apostrophes, hyphens, spaces and punctuation are removed
   (``Harb-Maidon`` == ``Harb Maidon``).
3. Letter groups that transliterations render differently are folded:
   ``dzh``/``zh`` -> ``j``; ``kh``/``x`` -> ``h``; ``gh`` -> ``g``; ``q`` -> ``k``;
   ``w`` -> ``v``; ``ou`` -> ``u``; ``j``/``y`` -> ``i``.
4. Doubled letters are collapsed (``Kattakurgan`` == ``Katakurgan``). With rule 3
   this also makes the Russian adjective endings ``-skiy``/``-sky``/``-skij`` equal.

So ``Kharbmaidon``, ``Harb-Maydon``, ``Kharb-Maidon`` and ``Харбмайдон`` all give
``harbmaidon``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Cyrillic letter -> Latin, covering Russian and the Central Asian additions.
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ғ": "gh", "ӣ": "i", "қ": "q", "ӯ": "u", "ҳ": "h", "ҷ": "j", "ә": "a",
    "ө": "o", "ү": "u", "ұ": "u", "і": "i", "ң": "n", "һ": "h", "ў": "u",
}  # fmt: skip

# Letter-group folds applied after transliteration; order matters (dzh before zh before j).
FOLDS = (
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("x", "h"),
    ("gh", "g"),
    ("q", "k"),
    ("w", "v"),
    ("ou", "u"),
    ("j", "i"),
    ("y", "i"),
)

# Anything that is not a lowercase ASCII letter or digit is dropped from keys.
_NON_KEY = re.compile(r"[^a-z0-9]+")
# Runs of the same character, collapsed to one.
_DOUBLES = re.compile(r"(.)\1+")


def transliterate(text: str) -> str:
    """Return ``text`` with Cyrillic letters replaced by Latin ones (case kept loosely)."""
    if text.isascii():
        return text  # nothing to replace: every key of the table is Cyrillic
    out = []
    for ch in text:
        low = ch.lower()
        latin = CYRILLIC_TO_LATIN.get(low)
        if latin is None:
            out.append(ch)
        elif ch != low and latin:
            out.append(latin[0].upper() + latin[1:])
        else:
            out.append(latin)
    return "".join(out)


@lru_cache(maxsize=200_000)
def normalise(text: str) -> str:
    """Return the matching key of a place name: see the module docstring for the rules.

    Folds apply within each word (so ``k h`` across a space is not ``h``); the words
    are then joined. An empty or punctuation-only input gives ``""``.
    """
    s = transliterate(text)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    # Uzbek Latin writes the vowel u as o' (Kattaqo'rg'on = Kattakurgan).
    s = re.sub(r"o[’'‘`ʻʼ]", "u", s)
    # Other apostrophes inside words (g', Qal'ah) separate nothing: drop them.
    s = re.sub(r"[’'‘`ʻʼ]", "", s)
    words = [w for w in _NON_KEY.split(s) if w]
    folded = []
    for word in words:
        for old, new in FOLDS:
            word = word.replace(old, new)
        folded.append(word)
    return _DOUBLES.sub(r"\1", "".join(folded))
