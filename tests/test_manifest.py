import shutil

import pytest
from conftest import ROOT

from presslens.errors import ManifestError
from presslens.manifest import verify_manifest
from presslens.reproduce import reproduce


def test_shipped_manifest_verifies():
    entries = verify_manifest(ROOT / "data" / "MANIFEST.sha256")
    assert "raw/000_e2f50357b3b0a754.txt" in entries


def _tampered(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    seed = tmp_path / "data" / "raw" / "000_e2f50357b3b0a754.txt"
    seed.chmod(0o644)
    seed.write_text(seed.read_text() + "tampered\n")
    return tmp_path / "data" / "MANIFEST.sha256"


def test_mismatch_names_the_file(tmp_path):
    with pytest.raises(ManifestError, match="000_e2f50357b3b0a754.txt: checksum mismatch"):
        verify_manifest(_tampered(tmp_path))


def test_missing_file(tmp_path):
    manifest = tmp_path / "MANIFEST.sha256"
    manifest.write_text("0" * 64 + "  raw/gone.txt\n")
    with pytest.raises(ManifestError, match="missing"):
        verify_manifest(manifest)


def test_reproduce_stops_before_running_anything(tmp_path):
    manifest = _tampered(tmp_path)
    out = tmp_path / "out"
    with pytest.raises(ManifestError):
        reproduce(manifest.parent / "raw" / "000_e2f50357b3b0a754.txt", out,
                  notebooks_dir=ROOT / "notebooks", manifest=manifest)
    assert not out.exists()
