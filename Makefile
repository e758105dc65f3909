# presslens — the two commands a fresh clone needs:
#   make reproduce   build .venv from uv.lock, verify data/raw, execute every notebook into results/
#   make test        the test suite (unit tests + notebooks executed)
# Another article:  make reproduce INPUT=path/to/article.txt OUT=results/other

PYTHON ?= python3.11
UV_VERSION := 0.13.9
VENV := .venv
UV := .uv/bin/uv
INPUT ?= data/raw/000_e2f50357b3b0a754.txt
OUT ?= results
CORPUS ?=
# the collection of notebook 05 (make reproduce writes its report into OUT/corpus) and of `make corpus`
COLLECTION ?= data/raw/sample_corpus.csv
GROUP_BY ?= outlet
PERIOD ?= month
export UV_PYTHON_DOWNLOADS := never
export SOURCE_DATE_EPOCH := 1682294400
export PYTHONHASHSEED := 0

.PHONY: reproduce corpus test test-fast lab lint lock clean

$(UV):
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; presslens needs Python 3.11 (make PYTHON=/path/to/python3.11)"; exit 2; }
	$(PYTHON) -m venv .uv
	.uv/bin/python -m pip install --quiet uv==$(UV_VERSION)

# The notebooks' kernel, "Python (presslens)", is installed into .venv with it, so papermill, `jupyter
# execute` and JupyterLab started from .venv all find it (NoSuchKernel otherwise).
$(VENV)/.synced: uv.lock pyproject.toml | $(UV)
	$(UV) sync --locked --all-extras --compile-bytecode --python $(PYTHON)
	$(VENV)/bin/python -m ipykernel install --sys-prefix --name presslens --display-name "Python (presslens)" >/dev/null
	@touch $@

# The manifest check applies when INPUT is one of the files data/MANIFEST.sha256 lists (however spelled).
reproduce: $(VENV)/.synced
	$(VENV)/bin/python -m presslens reproduce --input "$(INPUT)" --out "$(OUT)" \
		$(if $(CORPUS),--corpus "$(CORPUS)") --collection "$(COLLECTION)" --group-by "$(GROUP_BY)"

# A collection's citable report (values.json, macros.tex, tables, report.md): e.g.
#   make corpus COLLECTION=data/raw/sample_corpus.csv GROUP_BY=outlet OUT=corpus-report
corpus: $(VENV)/.synced
	$(VENV)/bin/python -m presslens corpus-report "$(COLLECTION)" --group-by "$(GROUP_BY)" --period "$(PERIOD)" \
		--out "$(if $(filter results,$(OUT)),corpus-report,$(OUT))"

test: $(VENV)/.synced
	$(VENV)/bin/python -m pytest

# The unit tests only (no notebook executed, about a third of the time); `make test` is the full suite.
test-fast: $(VENV)/.synced
	$(VENV)/bin/python -m pytest -m "not notebooks"

# JupyterLab at the repository root with the notebooks' kernel ("Python (presslens)", installed into .venv);
# as root, --allow-root is added (LAB_FLAGS="..." passes more options, e.g. --no-browser --port 8890).
LAB_FLAGS ?=
lab: $(VENV)/.synced
	$(VENV)/bin/jupyter lab --ServerApp.root_dir="$(CURDIR)" $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_FLAGS)

# ruff, numpydoc Parameters/Returns on every public function of two or more arguments, then mypy on src/.
lint: $(VENV)/.synced
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(VENV)/bin/python scripts/check_docstrings.py
	$(VENV)/bin/mypy

lock: | $(UV)
	$(UV) lock --python $(PYTHON)
	$(VENV)/bin/python scripts/sync_environment.py

clean:
	rm -rf $(VENV) .uv .pytest_cache
