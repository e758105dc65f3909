"""Gender of a first name from name data, with abstention.

The data are nomquamgender's (Van Buskirk, Clauset & Larremore 2023, "An open-source
cultural consensus approach to name-based gender classification"; MIT licence): for each
name, p(gf), the estimated probability that a person of that name is gendered female,
pooled from 36 sources. ``src/presslens/data/first_names.tsv.gz`` keeps the names of one
ASCII word with at least 10 observations (``scripts/build_first_names.py``). A name is
classified only when p(gf) is at most :data:`THRESHOLD` from 0 or 1 (the package's
default); any other name, and a name absent from the data, is ``unknown``.

This is gender as a name list suggests it — binary plus unknown, and wrong for people
whose gender differs from their name's usual one — used only when the text itself says
nothing (see :mod:`presslens.people`).
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "first_names.tsv.gz"
#: The US Census Bureau's 1990 surname list (``scripts/build_surnames.py``; public domain).
SURNAMES = Path(__file__).with_name("data") / "surnames.txt.gz"
#: A name is classified when p(gf) <= THRESHOLD (male) or >= 1 - THRESHOLD (female).
THRESHOLD = 0.1


#: Observations from which a word alone is taken for a first name ("Sandra", not "Bolton" or "Gerrard",
#: which the data hold as rare first names).
COMMON_FIRST_NAME = 10_000
#: Zipf frequency (wordfreq) from which a word is common English, not a surname ("United", "Sport";
#: "Sharapova" 2.6, "Davenport" 3.4 are rare words, so surnames where a full name shows them one).
COMMON_WORD_ZIPF = 4.0


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[float, int]]:
    out = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("name\t"):
                continue
            name, p, counts = line.rstrip("\n").split("\t")
            out[name] = (float(p), int(counts))
    return out


def _key(word: str) -> str:
    """Lower case without diacritics ("Zoë" -> "zoe"), as the data are keyed."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def _lookup(word: str) -> tuple[float, int] | None:
    """(p(gf), observations) of a word in the name data, or ``None``."""
    return _table().get(_key(word.strip(".")))


def p_female(first_name: str) -> float | None:
    """p(gf) of a first name, or ``None`` when the data do not have it.

    Examples
    --------
    >>> p_female("Helen") > 0.9, p_female("Christopher") < 0.1, p_female("Xqzt")
    (True, True, None)
    """
    found = _lookup(first_name)
    return found[0] if found else None


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    with gzip.open(SURNAMES, "rt", encoding="utf-8") as fh:
        return frozenset(line.rstrip("\n") for line in fh if not line.startswith("#"))


def is_common_word(word: str) -> bool:
    """Whether a word is common English (:data:`COMMON_WORD_ZIPF` or more on wordfreq's Zipf scale),
    whatever its case: "International", "White"; not "Sharapova".

    Examples
    --------
    >>> is_common_word("International"), is_common_word("Sharapova")
    (True, False)
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= COMMON_WORD_ZIPF


#: Words after a surname that tell apart generations of one name ("Charles Evans Jr").
GENERATIONAL_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def surname(name: str) -> str:
    """The last word of a name that is no generational suffix ("Charles Evans Jr": Evans).

    Examples
    --------
    >>> surname("Charles Evans Jr"), surname("Rick Parry"), surname("")
    ('Evans', 'Parry', '')
    """
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in GENERATIONAL_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def is_surname(word: str) -> bool:
    """Whether a word is a surname of the US census list (88,799 surnames of 1990, common and rare).

    Examples
    --------
    >>> is_surname("Jones"), is_surname("White"), is_surname("Labour"), is_surname("Arsenal")
    (True, True, False, False)
    """
    return _key(word.strip(".")) in _surnames()


def first_name_count(word: str) -> int:
    """Observations of a word as a first name in the name data, whatever its gender (0 if absent).

    Examples
    --------
    >>> first_name_count("Chris") > 100_000, first_name_count("Snow") < 10_000
    (True, True)
    """
    found = _lookup(word)
    return found[1] if found else 0


def common_first_name(word: str) -> bool:
    """Whether a word alone is a common, clearly gendered first name (a person called by it, "Sandra").

    Examples
    --------
    >>> common_first_name("Sandra"), common_first_name("Bolton"), common_first_name("Gerrard")
    (True, False, False)
    """
    found = _lookup(word)
    return found is not None and found[1] >= COMMON_FIRST_NAME and abs(found[0] - 0.5) >= 0.5 - THRESHOLD


#: A name standing alone that is a common first name this clearly of one gender (P(female) at most
#: this far from 0 or 1) is taken for that first name ("Vanessa", "Gary"); a lone surname that is also a
#: first name of both genders ("Jordan", "Kelly") is not.
LONE_FIRST_NAME_THRESHOLD = 0.02


def lone_first_name_gender(word: str) -> str:
    """Gender of a name written alone when it is a common, very clearly gendered first name.

    Parameters
    ----------
    word : str
        One word ("Vanessa").

    Returns
    -------
    str
        ``female``, ``male`` or ``unknown`` (no common first name, or P(female) more than
        :data:`LONE_FIRST_NAME_THRESHOLD` from 0 and 1).

    Examples
    --------
    >>> lone_first_name_gender("Vanessa"), lone_first_name_gender("Gary"), lone_first_name_gender("Gerrard")
    ('female', 'male', 'unknown')
    """
    if " " in word.strip() or not common_first_name(word):
        return "unknown"
    pf = p_female(word)
    if pf is None or min(pf, 1 - pf) > LONE_FIRST_NAME_THRESHOLD:
        return "unknown"
    return "female" if pf > 0.5 else "male"


def first_name_gender(name: str) -> str:
    """Gender of a full name's first name: ``female``, ``male`` or ``unknown`` (absent, a lone
    surname, or a name used by both: p(gf) between :data:`THRESHOLD` and 1 - THRESHOLD).

    Examples
    --------
    >>> first_name_gender("Helen Marsh"), first_name_gender("Marc Gasol"), first_name_gender("Gasol")
    ('female', 'male', 'unknown')
    >>> first_name_gender("Denise Closs"), first_name_gender("Christopher House"), first_name_gender("Jean Smith")
    ('female', 'male', 'unknown')
    """
    words = name.split()
    if len(words) < 2:
        return "unknown"
    p = p_female(words[0])
    if p is None:
        return "unknown"
    return "female" if p >= 1 - THRESHOLD else "male" if p <= THRESHOLD else "unknown"
