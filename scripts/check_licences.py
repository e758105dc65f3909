"""Fail when the core install of presslens contains a GPL-only or AGPL distribution.

    python scripts/check_licences.py [DIST]

Reads the installed metadata (``License-Expression``, ``License``, licence classifiers) of DIST
(default ``presslens``) and of every distribution it requires, recursively, without extras: the
closure ``pip install presslens`` installs. A distribution offered under GPL only (``GPL-3.0-or-later``,
"GNU General Public License v3") is refused; one that also offers a permissive or weak-copyleft
licence (pyphen: GPL, LGPL or MPL) is not. AGPL is refused in any combination. Prints one line per
refused distribution and exits 1, else prints the size of the closure and exits 0.
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import Distribution, PackageNotFoundError, distribution

from packaging.requirements import Requirement

#: Licences that, offered next to GPL, let a user take the package without GPL's terms.
ALTERNATIVES = re.compile(
    r"LGPL|Lesser General|MPL|Mozilla|MIT|BSD|Apache|ISC|PSF|Python Software|"
    r"Unlicense|CC0|Public Domain|Zlib|Artistic",
    re.IGNORECASE,
)
GPL = re.compile(r"\bA?GPL|General Public License|Affero", re.IGNORECASE)
AGPL = re.compile(r"AGPL|Affero", re.IGNORECASE)


def licences(dist: Distribution) -> list[str]:
    """The licence statements of an installed distribution: its expression, its ``License`` field
    (first line; some packages paste the whole text there) and its licence classifiers.

    Parameters
    ----------
    dist : importlib.metadata.Distribution
        An installed distribution.

    Returns
    -------
    list of str
    """
    meta = dist.metadata
    found = [meta.get("License-Expression") or "", (meta.get("License") or "").strip().split("\n")[0]]
    found += [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return [f for f in found if f]


def refused(statements: list[str]) -> bool:
    """Whether licence statements make a distribution GPL-only or AGPL.

    Parameters
    ----------
    statements : list of str
        See :func:`licences`.

    Returns
    -------
    bool

    Examples
    --------
    >>> refused(["GPL-3.0-or-later", "GNU General Public License v3 or later (GPLv3+)"])
    True
    >>> refused(["GNU General Public License v2 or later (GPLv2+)", "Mozilla Public License 1.1 (MPL 1.1)"])
    False
    >>> refused(["MIT OR GPL-2.0-only"]), refused(["AGPL-3.0-only"]), refused(["MIT License"])
    (False, True, False)
    """
    text = " | ".join(statements)
    if AGPL.search(text):
        return True
    gpl = [s for s in statements if GPL.search(s)]
    if not gpl:
        return False
    without_gpl = GPL.sub("", text).replace("Lesser", "")
    return not any(ALTERNATIVES.search(s) for s in [*gpl, without_gpl] if s)


def core_closure(name: str = "presslens") -> dict[str, Distribution]:
    """Every distribution the core install of ``name`` brings, by normalised name (no extras).

    Parameters
    ----------
    name : str
        An installed distribution.

    Returns
    -------
    dict
    """
    seen: dict[str, Distribution] = {}
    todo = [name]
    while todo:
        current = todo.pop()
        key = re.sub(r"[-_.]+", "-", current).lower()
        if key in seen:
            continue
        try:
            dist = distribution(current)
        except PackageNotFoundError:
            continue  # a requirement for another platform or Python version
        seen[key] = dist
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


def main(argv: list[str]) -> int:
    """Check the closure of ``argv[0]`` (default presslens); return the exit code."""
    name = argv[0] if argv else "presslens"
    closure = core_closure(name)
    bad = {k: licences(d) for k, d in sorted(closure.items()) if refused(licences(d))}
    for key, statements in bad.items():
        print(f"{key}: GPL-only or AGPL ({'; '.join(statements)})")
    if not bad:
        print(f"{len(closure)} distributions in the core install of {name}: none GPL-only or AGPL")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
