# Soleil — the two commands: `make run` and `make test` (and `make bench`). See README.md.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
PIP_INSTALL := $(BIN)/pip install --quiet --disable-pip-version-check --require-hashes

.PHONY: run test bench stack stack-down drill-stack drill backup restore drill-backup install install-test messages lint lock clean

run: install
	$(MANAGE) migrate --no-input
	$(MANAGE) compilemessages --ignore='.venv/*' -v 0
	$(MANAGE) load_demo
	$(MANAGE) ensure_admin
	$(MANAGE) ensure_demo_users
	@echo "Soleil: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install-test
	bash scripts/run-tests

# Page speed on SQLite and PostgreSQL at two sizes; writes bench-report/ (README "Benchmark").
bench: install-test
	BIN=$(BIN) bash scripts/bench

# The scale-out topology on loopback: PostgreSQL, Redis, S3, two app servers, a task
# worker and Varnish (scripts/stack, docs/deploy.md); `make stack-down` stops it.
stack: install-test
	BIN=$(BIN) bash scripts/stack up

stack-down:
	bash scripts/stack down

# Drills the stack (starting it if needed) and prints its figures (scripts/drill_stack.py).
drill-stack: install-test
	BIN=$(BIN) $(BIN)/python scripts/drill_stack.py

# Faults tried on loopback (PostgreSQL restarted under load, a publish killed, concurrent
# writers, a full media folder) and their figures printed (scripts/drill.py, docs/deploy.md).
drill: install-test
	BIN=$(BIN) $(BIN)/python scripts/drill.py

# The database and the media folder, in one new folder of BACKUP_DIR (README "Backups").
backup: install
	$(MANAGE) backup

# make restore BACKUP=site-backups/2027-03-01T020000Z — refuses a site that holds content
# unless FORCE=1, and any backup whose files changed since it was made.
restore: install
	@test -n "$(BACKUP)" || { echo "Say which backup: make restore BACKUP=<folder>" >&2; exit 2; }
	$(MANAGE) restore "$(BACKUP)" $(if $(filter 1,$(FORCE)),--force)

# Backs up the demo on PostgreSQL and SQLite, restores it into empty ones, compares.
drill-backup: install-test
	$(BIN)/python scripts/drill_backup.py

install: $(VENV)/.installed-run

install-test: $(VENV)/.installed-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: requirements/run.lock | $(BIN)/python
	$(PIP_INSTALL) -r requirements/run.lock
	touch $@

$(VENV)/.installed-test: requirements/test.lock | $(BIN)/python
	$(PIP_INSTALL) -r requirements/test.lock
	touch $@ $(VENV)/.installed-run

# Update locale/*/django.po after changing interface strings, then translate them: one
# catalogue per language of settings.LANGUAGES (a new language's is created).
PRINT_LOCALES := from django.conf import settings; from django.utils.translation import to_locale; \
	print(' '.join(to_locale(code) for code, _name in settings.LANGUAGES))
SITE_LOCALES = $(shell $(MANAGE) shell --no-imports -c "$(PRINT_LOCALES)")

messages: install
	$(MANAGE) makemessages $(addprefix -l ,$(SITE_LOCALES)) --no-location \
		--ignore='.venv/*' --ignore='tests/*' --ignore='staticfiles/*' --ignore='media/*'

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Re-pin every dependency from pyproject.toml (needs `uv`: pip install uv).
lock:
	uv pip compile pyproject.toml --python-version 3.11 --generate-hashes -o requirements/run.lock
	uv pip compile pyproject.toml --extra test --python-version 3.11 --generate-hashes -o requirements/test.lock

clean:
	rm -rf $(VENV) staticfiles test-results test-reports
