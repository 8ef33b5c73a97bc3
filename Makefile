# LeetTrack: `make run` serves the API on 127.0.0.1:8000, `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint format bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@scripts/ensure-command.sh bwrap bubblewrap -- code runs are refused with EXECUTOR_UNAVAILABLE until it is
	@scripts/ensure-command.sh chromium chromium -- the browser tests in tests/browser need it
	@scripts/ensure-command.sh lib:libseccomp.so.2 libseccomp2 -- code runs are refused until the syscall filter can be built
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/leettrack db upgrade
	$(BIN)/leettrack seed
	$(BIN)/leettrack serve

# Both cores: one pytest-xdist worker per CPU, each with its own databases (tests/conftest.py).
# PYTEST_ARGS narrows it, e.g. PYTEST_ARGS='-m "not content"' leaves out the content check.
test: install
	$(BIN)/pytest -n auto --dist worksteal $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

bench: install
	@scripts/ensure-command.sh wrk wrk required -- the benchmarks drive the servers with it
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
