# CaseConf: two set-up commands, `make run` and `make test`; both build .venv themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-test
DEMO_VAULT := demo-vault/demo.vault
DEMO_PASSPHRASE := correct-horse-battery-staple-demo

.PHONY: run test lint typecheck pytest bench bench-quick clean package package-test system-deps translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@mkdir -p demo-vault
	@if [ ! -f $(DEMO_VAULT) ]; then \
	  CASECONF_PASSPHRASE='$(DEMO_PASSPHRASE)' $(PY) -m caseconf_desktop init --vault $(DEMO_VAULT) \
	    --owner 'Demo Facilitator' --agency 'Demo Exit Programme' --role facilitator && \
	  CASECONF_PASSPHRASE='$(DEMO_PASSPHRASE)' $(PY) -m caseconf_desktop demo --vault $(DEMO_VAULT) --cases 40; \
	fi
	@echo "Demo vault: $(DEMO_VAULT)"
	@echo "Demo passphrase: $(DEMO_PASSPHRASE)"
	$(PY) -m caseconf_desktop gui --vault $(DEMO_VAULT)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks tools
	$(VENV)/bin/ruff format --check src tests benchmarks tools
	$(VENV)/bin/lint-imports --no-cache --no-logo  # the layer contracts in .importlinter

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# Debian tools the desktop-file tests use; installed when missing and we may (root + apt).
system-deps:
	@if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -qq && apt-get install -y -qq desktop-file-utils appstream >/dev/null) \
	      || echo "note: could not install desktop-file-utils/appstream; their tests will be skipped"; \
	  else echo "note: desktop-file-utils/appstream missing; their tests will be skipped"; fi; \
	fi

# One worker per core; work stealing keeps both busy while the long subprocess tests run.
pytest: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not package" -n auto --dist worksteal

test: lint typecheck pytest

PKG_STAMP := $(VENV)/.installed-package

$(PKG_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/caseconf.spec

package-test: package system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m package tests/packaging

# Refresh resources/translations after changing user-visible strings.
translations: $(STAMP)
	$(PY) tools/translations.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

# Every benchmark row on 1,000 cases in under a minute; .ci/run runs it so a broken one fails CI.
bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py --quick

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
