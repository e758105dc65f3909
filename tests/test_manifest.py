import shutil

import pytest
from support import ROOT

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
        reproduce(
            manifest.parent / "raw" / "000_e2f50357b3b0a754.txt",
            out,
            notebooks_dir=ROOT / "notebooks",
            manifest=manifest,
        )
    assert not out.exists()


@pytest.mark.parametrize("spelling", ["./data/raw/000_e2f50357b3b0a754.txt", "absolute"])
def test_manifest_is_checked_however_the_input_is_spelled(tmp_path, monkeypatch, spelling):
    manifest = _tampered(tmp_path)
    monkeypatch.chdir(tmp_path)
    path = manifest.parent / "raw" / "000_e2f50357b3b0a754.txt" if spelling == "absolute" else spelling
    with pytest.raises(ManifestError):
        reproduce(path, tmp_path / "out", notebooks_dir=ROOT / "notebooks", manifest="data/MANIFEST.sha256")


def _result_set(out):
    """A previous result set: one file of each kind reproduce writes, and one it does not own."""
    (out / "figures").mkdir(parents=True)
    (out / "figures" / "f.svg").write_text("<svg/>")
    (out / "values.json").write_text('{"old": 1}\n')
    (out / "notes.txt").write_text("mine\n")
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _snapshot(out):
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_bad_input_leaves_previous_results_intact(tmp_path):
    from presslens.errors import InputError

    out = tmp_path / "results"
    before = _result_set(out)
    for bad in (tmp_path / "missing.txt", tmp_path / "empty.txt"):
        if bad.name == "empty.txt":
            bad.write_text("")
        with pytest.raises(InputError, match=bad.name):
            reproduce(bad, out, notebooks_dir=ROOT / "notebooks", manifest=None)
        assert _snapshot(out) == before
