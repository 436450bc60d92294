# Regionsite: the two commands are `make run` and `make test` (see README.md).
# Needs only Python 3.11+ and make: uv is installed into .tools/ and creates .venv/.

PYTHON ?= python3
PORT ?= 8000
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
PY := .venv/bin/python
MANAGE := $(PY) manage.py
# Never download a Python: use the one that runs make.
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)

.PHONY: vnu run serve serve-edge worker test lint format messages check-messages bench screenshots restore-drill image install install-test clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

install: $(UV)
	$(UV) sync --locked --inexact

install-test: $(UV)
	$(UV) sync --locked --group test

# The W3C Nu HTML checker that tests/test_html_validity.py runs: fetched with npm, run with Java
# (.ci/run installs both; elsewhere the test is skipped until `make vnu` has been run).
VNU_VERSION := 26.9.27
VNU_JAR := $(TOOLS)/vnu/vnu.jar
vnu: $(VNU_JAR)
$(VNU_JAR):
	mkdir -p $(TOOLS)/vnu
	cd $(TOOLS)/vnu && npm pack --silent vnu-jar@$(VNU_VERSION) >/dev/null \
		&& tar -xzf vnu-jar-$(VNU_VERSION).tgz --strip-components=3 package/build/dist/vnu.jar \
		&& rm vnu-jar-$(VNU_VERSION).tgz

run: export SITE_URL ?= http://127.0.0.1:$(PORT)
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_content
	$(MANAGE) create_dev_admin
	@echo ""
	@echo "  Regionsite:   http://127.0.0.1:$(PORT)/  (English: http://127.0.0.1:$(PORT)/en/)"
	@echo "  Admin:        http://127.0.0.1:$(PORT)/admin/"
	@echo "  Log in as:    admin / utveckling-endast   (local development only)"
	@echo ""
	@# The task worker (search index, mails) runs beside the server and stops with it.
	@# --nostatic: whitenoise serves static files as in production (and refuses traversal the same way).
	@worker=; trap 'test -z "$$worker" || kill $$worker 2>/dev/null' EXIT; trap 'exit 130' INT TERM; \
	$(MANAGE) db_worker --no-reload --verbosity 0 & worker=$$!; \
	$(MANAGE) runserver --nostatic 127.0.0.1:$(PORT)

# The task worker with the environment's settings (DJANGO_SETTINGS_MODULE, else dev): runs the
# queued tasks until stopped. `make worker ARGS=--batch` runs what is queued, then exits.
worker: install
	$(MANAGE) db_worker $(ARGS)

# The production way: gunicorn with production settings (see README.md for the variables).
serve: install
	DJANGO_SETTINGS_MODULE=regionsite.settings.production $(MANAGE) collectstatic --noinput -v0
	DJANGO_SETTINGS_MODULE=regionsite.settings.production PORT=$(PORT) .venv/bin/gunicorn -c regionsite/gunicorn.py

# The same behind the edge cache (docs/operations.md, "Edge cache (Varnish)"): varnishd on PORT
# with regionsite/caching/varnish.vcl, gunicorn on BACKEND_PORT (loopback only). Installs
# varnish and varnish-modules (xkey) if missing. Ctrl-C stops both.
BACKEND_PORT ?= $(shell expr $(PORT) + 1)
# Who may purge besides localhost (one network, CIDR), and the cache's memory.
EDGE_PURGE_FROM ?= 127.0.0.1/32
EDGE_CACHE_SIZE ?= 256m
XKEY_VMOD := /usr/lib/*/varnish/vmods/libvmod_xkey.so /usr/lib/varnish/vmods/libvmod_xkey.so
serve-edge: export FRONTEND_CACHE_PURGE_URL ?= http://127.0.0.1:$(PORT)
# Varnish appends the visitor's address to X-Forwarded-For: one proxy to trust.
serve-edge: export TRUSTED_PROXY_COUNT ?= 1
serve-edge: install
	@{ command -v varnishd >/dev/null && test -n "$$(ls $(XKEY_VMOD) 2>/dev/null)"; } \
		|| apt-get install -y -q varnish varnish-modules \
		|| (apt-get update -q && apt-get install -y -q varnish varnish-modules)
	DJANGO_SETTINGS_MODULE=regionsite.settings.production $(MANAGE) collectstatic --noinput -v0
	@# varnishd (as root) reads the VCL and works in the directory as its own users: world-readable.
	@set -e; dir=$$(mktemp -d); chmod 755 "$$dir"; app=; \
	trap 'test -z "$$app" || kill $$app 2>/dev/null; rm -rf "$$dir"' EXIT; trap 'exit 130' INT TERM; \
	from='$(EDGE_PURGE_FROM)'; \
	sed -e 's/@BACKEND_HOST@/127.0.0.1/' -e 's/@BACKEND_PORT@/$(BACKEND_PORT)/' \
		-e "s|@PURGE_NETWORK@|$${from%/*}|" -e "s|@PURGE_PREFIX@|$${from#*/}|" \
		regionsite/caching/varnish.vcl > "$$dir/varnish.vcl"; chmod 644 "$$dir/varnish.vcl"; \
	DJANGO_SETTINGS_MODULE=regionsite.settings.production PORT=$(BACKEND_PORT) \
		.venv/bin/gunicorn -c regionsite/gunicorn.py --bind 127.0.0.1:$(BACKEND_PORT) & app=$$!; \
	echo "  Edge: http://127.0.0.1:$(PORT)/ (Varnish) -> gunicorn on 127.0.0.1:$(BACKEND_PORT)"; \
	echo "  varnishstat, varnishlog, varnishadm: -n $$dir/work"; \
	varnishd -F -n "$$dir/work" -f "$$dir/varnish.vcl" -a :$(PORT) -s malloc,$(EDGE_CACHE_SIZE)

test: install-test
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	$(PY) -m pytest $(if $(PYTEST_ARGS),,--create-db) $(PYTEST_ARGS)

lint: install-test
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

format: install-test
	.venv/bin/ruff check --fix .
	.venv/bin/ruff format .

# Re-extract the Swedish source strings into every translated catalogue, then compile all.
# locale/sv/ holds only the admin strings Wagtail leaves untranslated (scripts/admin_catalogue.py).
MAKEMESSAGES_ARGS := --exclude=sv --no-location --no-obsolete
messages: install
	$(PY) scripts/admin_catalogue.py
	$(MANAGE) makemessages $(MAKEMESSAGES_ARGS) --ignore=.venv --ignore=.tools --ignore=staticfiles --ignore=tests
	$(MANAGE) compilemessages --ignore=.venv --ignore=.tools

# Screenshots of the real admin for docs/editors.md and docs/translators.md (needs Chromium).
screenshots: install-test
	$(PY) scripts/admin_screenshots.py

# Production mode under load against a bare Django view (docs/performance.md); needs PostgreSQL
# (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432) and wrk, installed if missing.
bench: install-test
	@command -v wrk >/dev/null || apt-get install -y -q wrk || (apt-get update -q && apt-get install -y -q wrk)
	@{ command -v varnishd >/dev/null && test -n "$$(ls $(XKEY_VMOD) 2>/dev/null)"; } \
		|| apt-get install -y -q varnish varnish-modules \
		|| (apt-get update -q && apt-get install -y -q varnish varnish-modules)
	$(PY) tests/benchmarks/run.py

# Back up a small freshly seeded site (pg_dump -Fc, tar of the media), wipe it, restore it and
# compare (docs/operations.md). Needs PostgreSQL: RESTORE_DRILL_SERVER, default
# postgres://postgres@127.0.0.1:5432.
restore-drill: install
	bash scripts/restore_drill.sh

# Build the production image and smoke-test it as a deploy runs it (as root, on a machine with
# a docker client but no engine: the workplace's builder installs podman; see docs/deployment.md).
IMAGE_BUILDER ?= ../shared/tools/build-image.sh
image:
	SMOKE=0 bash $(IMAGE_BUILDER)
	bash scripts/smoke_image.sh

clean:
	rm -rf .venv $(TOOLS) staticfiles .test-media .pytest_cache
