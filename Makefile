# Tower Desk: `make run` sets up and starts the app on a demo site; `make test` sets up and runs every test.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | md5sum | cut -c1-12)
PYTHON ?= python3

.PHONY: run test setup system-run system-test translations lint bench package clean

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
	@rm -f $(VENV)/.installed-*; touch $@

system-run:
	@bash scripts/system-packages.sh run

system-test:
	@bash scripts/system-packages.sh test

setup: system-run $(STAMP)

run: setup
	@$(PY) main.py demo --if-empty
	@$(PY) main.py

test: system-test $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m pytest $(PYTEST_ARGS)

translations: $(STAMP)
	$(PY) scripts/translations.py

bench: setup
	$(PY) -m bench $(if $(QUICK),--quick,) $(if $(DB),--db $(DB),)

package: setup
	$(PY) scripts/package.py --site $(or $(SITE),demo)

clean:
	rm -rf $(VENV) build dist
