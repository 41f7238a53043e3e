# The README's commands. Everything runs from a local virtual environment in .venv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run install migrate demo test lint format lock messages check-deploy services-start services-stop clean

# Links in the demo's notification mails (printed to the console) point at this server.
run demo: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

run: install migrate demo ## install, migrate, load the demo and serve http://127.0.0.1:8000/
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

install: $(STAMP)

$(STAMP): requirements.lock
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	touch $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: install
	$(BIN)/python manage.py load_demo_content --port $(PORT)

# The suite runs on every core (at most 4 workers: each builds its own test database).
# `make test PYTEST_WORKERS=0` runs it in one process.
PYTEST_WORKERS ?= auto
# On SQLite outside CI the migrated database and the demo are kept as templates in var/
# (tests/conftest.py); CI and a DATABASE_URL (PostgreSQL keeps no template) build afresh.
PYTEST_REUSE ?= $(if $(or $(filter true 1,$(CI)),$(DATABASE_URL)),,--reuse-db)
test: install ## run the test suite (services are used when their URLs are set)
	$(BIN)/python -m pytest --numprocesses=$(PYTEST_WORKERS) --maxprocesses=4 --dist=loadfile $(PYTEST_REUSE) $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

lock: ## re-pin requirements.lock from pyproject.toml
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -o requirements.lock

messages: install ## extract and compile interface translations (needs gettext)
	$(BIN)/python manage.py makemessages -l en --no-location --ignore=.venv --ignore=var --ignore=tests --ignore=node_modules
	$(BIN)/python manage.py compilemessages --ignore=.venv

check-deploy: install
	scripts/check-deploy

services-start: ## start PostgreSQL and Elasticsearch locally (see README)
	scripts/services start

services-stop:
	scripts/services stop

clean:
	rm -rf $(VENV) var db.sqlite3
