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
    """Each requirement of pyproject (core and every extra) names a package uv.lock pins, and
    environment.yml lists each core and notebook requirement at that version."""
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = [*project["dependencies"], *(d for ds in project["optional-dependencies"].values() for d in ds)]
    names = {re.sub(r"[-_.]+", "-", re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0]).lower() for d in requirements}
    names.discard("presslens")
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    locked = {re.sub(r"[-_.]+", "-", p["name"]).lower(): p.get("version") for p in lock["package"]}
    assert sorted(n for n in names if not locked.get(n)) == []
    core = {
        re.sub(r"[-_.]+", "-", re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0]).lower() for d in project["dependencies"]
    }
    pins = dict(p.split("==") for p in locked_pins())
    assert core <= set(pins) and all(pins[n] == locked[n] for n in core)
