# CaseConf: two set-up commands, `make run` and `make test`; both build .venv themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-test
DEMO_VAULT := demo-vault/demo.vault
DEMO_PASSPHRASE := correct-horse-battery-staple-demo

.PHONY: run test lint typecheck pytest bench bench-quick clean package package-test system-deps translations

# Set-up output stays quiet (pip's progress and notices off); errors still show.
PIP_QUIET := --quiet --quiet --disable-pip-version-check --no-input

$(STAMP): pyproject.toml
	@echo "Setting up .venv (Python packages; a minute or two the first time)…"
	@$(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install $(PIP_QUIET) --upgrade pip
	@$(PY) -m pip install $(PIP_QUIET) -e '.[test]'
	@touch $(STAMP)

# The app needs only the Qt libraries; the packaging tools are for the tests.
run: SYSTEM_PACKAGES = $(QT_SYSTEM_LIBS)
run: $(STAMP) system-deps
	@mkdir -p demo-vault
	@if [ ! -f $(DEMO_VAULT) ]; then \
	  echo "Creating a demo vault with 40 invented cases…"; \
	  CASECONF_PASSPHRASE='$(DEMO_PASSPHRASE)' $(PY) -m caseconf_desktop init --vault $(DEMO_VAULT) \
	    --owner 'Demo Facilitator' --agency 'Demo Exit Programme' --role facilitator >/dev/null && \
	  CASECONF_PASSPHRASE='$(DEMO_PASSPHRASE)' $(PY) -m caseconf_desktop demo --vault $(DEMO_VAULT) \
	    --cases 40 >/dev/null; \
	fi
	@echo
	@echo "  Demo vault:      $(CURDIR)/$(DEMO_VAULT)"
	@echo "  Demo passphrase: $(DEMO_PASSPHRASE)"
	@echo
	@$(PY) -m caseconf_desktop gui --vault $(DEMO_VAULT)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks tools
	$(VENV)/bin/ruff format --check src tests benchmarks tools
	$(VENV)/bin/lint-imports --no-cache --no-logo  # the layer contracts in .importlinter

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# System libraries, installed when missing and we may (root + apt-get), otherwise named:
# - what Qt loads on Linux: GLib for QtCore, EGL/GL, fontconfig, D-Bus and xkbcommon for QtGui
#   (offscreen too; a minimal Debian has none of them), and what the xcb platform plugin loads
#   (ldd .../platforms/libqxcb.so; xcb-cursor is opened at start-up);
# - the Debian tools the desktop-file tests use (make test, not make run).
# A package also counts as installed under its 64-bit-time name (libglib2.0-0t64 on Debian 13
# and Ubuntu 24.04). Quiet, and never fatal: without a display the app still runs offscreen.
QT_SYSTEM_LIBS := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-randr0 \
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 \
  libfontconfig1 libdbus-1-3 libglib2.0-0
TOOL_PACKAGES := desktop-file-utils appstream
SYSTEM_PACKAGES = $(QT_SYSTEM_LIBS) $(TOOL_PACKAGES)

system-deps:
	@missing=""; \
	if command -v dpkg-query >/dev/null; then \
	  for p in $(SYSTEM_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p $${p}t64 2>/dev/null | grep -q "ok installed" \
	      || missing="$$missing $$p"; \
	  done; \
	fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing system packages:$$missing"; \
	    (apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends $$missing >/dev/null 2>&1) \
	      || echo "note: could not install$$missing; see README (Set up)"; \
	  else echo "note: missing system packages:$$missing (as root: apt-get install$$missing)"; fi; \
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
