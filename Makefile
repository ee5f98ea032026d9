# The repository's public interface. `make demo` and `make test` work on a fresh machine.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# The demo serves with DEBUG off (portal/settings/demo.py): readers see the portal's own error pages.
DEMO_MANAGE := DJANGO_SETTINGS_MODULE=portal.settings.demo $(MANAGE)
PYTEST_ARGS ?=

.PHONY: demo demo-db demo-db-stop run test lint fmt check messages install bench clean

## demo: set up everything and serve both demo networks on http://127.0.0.1:8000 (embedded PostgreSQL under var/
## unless DATABASE_URL is set; the database keeps running afterwards for manage.py: `make demo-db-stop` stops it)
demo: messages $(if $(DATABASE_URL),,demo-db)
	$(DEMO_MANAGE) migrate --noinput
	$(DEMO_MANAGE) seed_demo
	$(DEMO_MANAGE) runserver 127.0.0.1:8000

## demo-db: start the demo's embedded PostgreSQL 18 (data under VAR_DIR, default var/) unless it runs
demo-db: install
	$(BIN)/python -m portal.embedded_database start

## demo-db-stop: stop it (open sessions end)
demo-db-stop: install
	$(BIN)/python -m portal.embedded_database stop

run: demo

## test: the whole suite, browser tests included, against PostgreSQL (started here when DATABASE_URL is not set)
test: messages
	.ci/ensure-browser
	DATABASE_URL="$$(.ci/ensure-postgres)" $(BIN)/pytest $(PYTEST_ARGS)

## bench: the directory search benchmark on PostgreSQL (10 networks x 5,000 services); figures in bench-results/
BENCH_ARGS ?=
bench: messages
	export DATABASE_URL="$$(.ci/ensure-postgres portal_bench)" DJANGO_SETTINGS_MODULE=portal.settings.test && \
	$(MANAGE) migrate --noinput -v0 && \
	$(MANAGE) bench_search $(BENCH_ARGS)

## lint: ruff, the architecture contracts (import-linter), Django's checks and the migration check
lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/ruff format --check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

fmt: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## check: Django's deployment checklist against the production settings
check: install
	DJANGO_SETTINGS_MODULE=portal.settings.production \
	SECRET_KEY="$${SECRET_KEY:-check-only-$$(head -c 48 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-portal.example.org}" \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

messages: install
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

clean:
	test ! -x $(BIN)/python || $(BIN)/python -m portal.embedded_database stop
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache
