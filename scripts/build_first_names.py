"""Build ``src/presslens/data/first_names.tsv.gz`` from nomquamgender's name data.

    python scripts/build_first_names.py path/to/nomquamgender-0.1.4-py3-none-any.whl

nomquamgender (Ian Van Buskirk, MIT licence) ships ``name_data.json``: for each name, the number
of sources, the number of observations and p(gf), the estimated probability that a person with
that name is gendered female. presslens reads only that data (the package itself requires
Unidecode, which is GPL), keeping names of one ASCII word with at least ``MIN_COUNTS``
observations; the file is written byte-identically (gzip without a timestamp).
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

MIN_COUNTS = 10
OUT = Path(__file__).resolve().parents[1] / "src" / "presslens" / "data" / "first_names.tsv.gz"
HEADER = (
    "# First names and their p(gf) from nomquamgender 0.1.4 name_data.json (Ian Van Buskirk, MIT licence;\n"
    "# see THIRD_PARTY.md): names of one word, ASCII, with at least 10 observations.\n"
    "name\tp_female\tcounts\n"
)


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as zf:
        data = json.loads(zf.read("nomquamgender/name_data.json"))
    rows = []
    for name, info in data.items():
        counts, p_female = info[1], info[2]
        if " " in name or not name.isascii() or not name.replace("-", "").replace("'", "").isalpha():
            continue
        if counts >= MIN_COUNTS and p_female is not None:
            rows.append((name, round(p_female, 3), counts))
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:
        fh.write(HEADER.encode())
        for name, p, n in sorted(rows):
            fh.write(f"{name}\t{p}\t{n}\n".encode())
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
