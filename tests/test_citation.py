import json

import jsonschema
import yaml
from support import ROOT


def test_citation_cff_is_valid():
    schema = json.loads((ROOT / "tests" / "data" / "citation-file-format-1.2.0.schema.json").read_text())
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    jsonschema.validate(cff, schema)  # raises on any violation
    assert cff["cff-version"] == "1.2.0"


def test_citation_version_matches_package():
    import tomllib

    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert str(cff["version"]) == project["version"]


def test_readme_says_how_to_cite():
    assert "## How to cite" in (ROOT / "README.md").read_text()


def test_zenodo_and_changelog_carry_the_version():
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert json.loads((ROOT / ".zenodo.json").read_text())["version"] == version
    assert f"## [{version}]" in (ROOT / "CHANGELOG.md").read_text()
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    cited = {r["title"].split(":")[0] for r in cff["references"]}
    assert {"spaCy", "en_core_web_sm 3.8.0", "nomquamgender", "wordfreq"} <= cited
