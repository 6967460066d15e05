# Equalcity: `make help` lists the targets.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PORT ?= 8000
LANGUAGES := fr nl de it sv ar
STAMP := $(VENV)/.installed-$(shell cat requirements-dev.lock | cksum | cut -d' ' -f1)
PIP_TOOLS_VERSION := 7.7.0
COMPILE := $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-find-links --no-emit-index-url --no-emit-trusted-host

.DEFAULT_GOAL := help
.PHONY: help run test test-browser bench soak backup restore lint format messages translations install lock clean-venv

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The hash-locked development set: the runtime lock's packages at the same
# versions, plus the test tools. Production installs requirements.lock only.
$(STAMP): requirements-dev.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP) ## Create .venv and install the hash-locked requirements (runtime and test tools)

lock: | $(BIN)/python ## Resolve requirements.txt and requirements-dev.txt into the hash-locked .lock files
	$(BIN)/python -m pip install --quiet pip-tools==$(PIP_TOOLS_VERSION)
	$(COMPILE) --output-file=requirements.lock requirements.txt
	$(COMPILE) --output-file=requirements-dev.lock requirements-dev.txt

translations: $(STAMP) ## Compile the interface translations (no gettext needed)
	$(MANAGE) compile_translations

# Links in the admin's emails (review requests, decisions) point at this server.
run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: install translations ## Migrate, load the demo content and serve on 127.0.0.1:$(PORT)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) warm_renditions
	$(MANAGE) create_admin --url http://127.0.0.1:$(PORT)/admin/
	@# Scheduled publishing and message retention: once a minute while the site is served.
	@# The task worker (every email, printed to this terminal) runs beside it.
	@(while sleep 60; do $(MANAGE) publish_scheduled >/dev/null 2>&1 || true; \
		$(MANAGE) purge_contact_messages >/dev/null 2>&1 || true; \
		$(MANAGE) purge_newsletter_signups >/dev/null 2>&1 || true; \
		$(MANAGE) maintain_tasks >/dev/null 2>&1 || true; \
		$(MANAGE) flush_search_hits >/dev/null 2>&1 || true; done) & loop=$$!; \
		$(MANAGE) db_worker --backend background --interval 1 --no-reload & worker=$$!; \
		trap 'kill $$loop $$worker 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver 127.0.0.1:$(PORT)

AXE_VERSION := 4.14.1
VNU_VERSION := 26.9.27
BROWSER_STAMP := $(VENV)/.browser-$(shell (cat requirements-browser.txt; echo $(AXE_VERSION) $(VNU_VERSION)) | cksum | cut -d' ' -f1)

$(BROWSER_STAMP): requirements-browser.txt $(STAMP)
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)
	$(BIN)/python -m pip install --quiet -r requirements-browser.txt
	rm -rf $(VENV)/axe && mkdir -p $(VENV)/axe
	cd $(VENV)/axe && npm pack --silent axe-core@$(AXE_VERSION) >/dev/null && tar xzf axe-core-$(AXE_VERSION).tgz
	rm -rf $(VENV)/vnu && mkdir -p $(VENV)/vnu
	cd $(VENV)/vnu && npm pack --silent vnu-jar@$(VNU_VERSION) >/dev/null && tar xzf vnu-jar-$(VNU_VERSION).tgz && rm vnu-jar-$(VNU_VERSION).tgz
	rm -f $(VENV)/.browser-*
	touch $@

test-browser: $(BROWSER_STAMP) translations ## Browser tests in headless Chromium (screenshots in tests/browser/screenshots/)
	$(BIN)/pytest -m browser tests/browser

# BENCH_SECONDS (5), BENCH_ROUNDS (3), BENCH_DATABASE_URL, BENCH_REDIS_URL: see bench/run.py.
bench: install translations ## Load-test the bulk site under gunicorn with wrk; writes bench/results.md
	@test -x /usr/bin/wrk || (apt-get update -qq && apt-get install -y -qq wrk)
	$(BIN)/python bench/run.py

# SOAK_SECONDS (30), SOAK_DATABASE_URL, SOAK_REDIS_URL, SOAK_VISITORS, SOAK_EDITORS: see bench/soak.py.
soak: install translations ## Visitors under load while editors save and publish (gunicorn, PostgreSQL, Redis); fails if anything is lost
	$(BIN)/python bench/soak.py

# Nothing lost: see home/management/commands/backup.py and restore.py.
backup: install ## Archive the PostgreSQL database and the media files into backups/ (dated)
	$(MANAGE) backup

restore: install ## Restore an archive: make restore FILE=backups/equalcity-….tar.gz (asks first; YES=1 does not)
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/equalcity-YYYYmmdd-HHMMSS.tar.gz [YES=1]" >&2; exit 1; }
	$(MANAGE) restore "$(FILE)" $(if $(YES),--yes)

lint: install ## ruff check, ruff format --check and the import layers (import-linter)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	PYTHONPATH=. $(BIN)/lint-imports --no-cache

format: install ## Format and fix the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install translations lint ## Lint, check migrations and run the whole test suite
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest

messages: install ## Extract interface strings into site/locale/*/django.po (needs gettext)
	$(MANAGE) makemessages $(foreach code,$(LANGUAGES),-l $(code)) --no-obsolete \
		--ignore=.venv --ignore=static --ignore=media --ignore=tests
	$(MANAGE) compile_translations

clean-venv: ## Remove .venv
	rm -rf $(VENV)
