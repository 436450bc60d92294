#!/usr/bin/env bash
# Smoke-test the built production image the way a deploy runs it: migrate and seed_content as
# one-off containers, then the app container and the task worker's; check pages, /health/,
# hashed static files, the health check, the uid, the log format and the headers, and that the
# worker drains the queue the seed left (the search index) so search finds the seeded pages. Needs podman (make image installs it
# through ../shared/tools/build-image.sh) and PostgreSQL on 127.0.0.1:5432.
#
#   IMAGE=localhost/regionsite:imgtest SMOKE_PORT=18200 bash scripts/smoke_image.sh
set -euo pipefail

IMAGE=${IMAGE:-localhost/regionsite:imgtest}
PORT=${SMOKE_PORT:-18200}
DB=${SMOKE_DB:-imgsmoke}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PODMAN_IGNORE_CGROUPSV1_WARNING=1
NAME=regionsite-smoke
WORKER=regionsite-smoke-worker
ENVFILE=""
LOG=""

cleanup() {  # the container and its volume, the database, the env file (it holds the key)
    podman rm -f -v "$NAME" "$WORKER" >/dev/null 2>&1 || true
    psql -qc "DROP DATABASE IF EXISTS $DB" postgres >/dev/null 2>&1 || true
    rm -f ${ENVFILE:+"$ENVFILE"} ${LOG:+"$LOG"}
}
cleanup  # leftovers of an interrupted earlier run
trap cleanup EXIT
ENVFILE=$(mktemp) LOG=$(mktemp)
chmod 600 "$ENVFILE"
psql -qc "CREATE DATABASE $DB" postgres
{
    echo "SECRET_KEY=$(python3 -c 'import secrets; print(secrets.token_urlsafe(60))')"
    echo "ALLOWED_HOSTS=127.0.0.1,localhost"
    echo "SITE_URL=http://127.0.0.1:$PORT"
    echo "DATABASE_URL=postgres://$PGUSER@$PGHOST:$PGPORT/$DB"
    echo "SECURE_SSL_REDIRECT=false"
    echo "PORT=$PORT"
    echo "WEB_CONCURRENCY=2"
} > "$ENVFILE"

run_once() { podman run --rm --network=host --no-healthcheck --env-file "$ENVFILE" "$IMAGE" "$@"; }
run_once python manage.py migrate --noinput 2>&1 | tail -1
run_once python manage.py seed_content 2>&1 | tail -1
podman run -d --name "$NAME" --network=host --env-file "$ENVFILE" "$IMAGE" >/dev/null 2>&1
for _ in $(seq 60); do curl -s -o /dev/null "http://127.0.0.1:$PORT/health/" && break; sleep 1; done

fail=0
check() { if [ "$2" = "$3" ]; then echo "ok   $1: $2"; else echo "FAIL $1: got '$2', want '$3'"; fail=1; fi; }
url="http://127.0.0.1:$PORT"
check "GET /" "$(curl -s -o /dev/null -w '%{http_code}' "$url/")" 200
check "GET /en/" "$(curl -s -o /dev/null -w '%{http_code}' "$url/en/")" 200
check "GET /fi/" "$(curl -s -o /dev/null -w '%{http_code}' "$url/fi/")" 200
check "GET /lattlast/" "$(curl -s -o /dev/null -w '%{http_code}' "$url/lattlast/")" 200
check "GET /health/" "$(curl -s "$url/health/")" '{"status": "ok", "database": "ok", "cache": "ok"}'
css=$(curl -s "$url/" | grep -o '/static/[^"'"'"' >]*\.[0-9a-f]\{12\}\.css' | head -1)
check "hashed CSS ${css:-<none>}" "$(curl -s -o /dev/null -w '%{http_code}' "$url${css:-/static/none.css}")" 200
check "canonical names SITE_URL" "$(curl -s "$url/infrastruktur/" | grep -c "<link rel=\"canonical\" href=\"$url/infrastruktur/\">")" 1
check "Server header" "$(curl -sI "$url/" | tr -d '\r' | awk -F': ' 'tolower($1)=="server"{print $2}')" regionsite
check "HEALTHCHECK" "$(podman healthcheck run "$NAME" >/dev/null 2>&1 && echo healthy || echo unhealthy)" healthy
check "uid" "$(podman top "$NAME" huser | tail -n +2 | sort -u | tr -d ' \n')" 10001

# The worker: the same image by command. The seed queued Wagtail's index updates; until the
# worker has run them, search finds nothing.
queue() { run_once python manage.py task_queue 2>/dev/null | awk -v s="$1" 'NR<=4 && $1==s{print $2}'; }
check "queue before the worker has tasks" "$([ "$(queue ready)" -gt 0 ] && echo yes || echo no)" yes
podman run -d --name "$WORKER" --network=host --env-file "$ENVFILE" "$IMAGE" \
    python manage.py db_worker >/dev/null 2>&1
for _ in $(seq 90); do [ "$(queue ready)" = 0 ] && break; sleep 2; done
check "worker drained the queue" "$(queue ready)" 0
check "worker failed no task" "$(queue failed)" 0
check "search finds the seeded theme" "$(curl -s "$url/sok/?q=bredband" | grep -q '>Infrastruktur</a>' && echo found || echo missing)" found
check "worker HEALTHCHECK" "$(podman healthcheck run "$WORKER" >/dev/null 2>&1 && echo healthy || echo unhealthy)" healthy
check "worker uid" "$(podman top "$WORKER" huser | tail -n +2 | sort -u | tr -d ' \n')" 10001

podman logs "$NAME" > "$LOG" 2>&1
podman logs "$WORKER" >> "$LOG" 2>&1
check "no control-socket error" "$(grep -c 'Control server error' "$LOG" || true)" 0
check "every log line is JSON" "$(grep -v '^$' "$LOG" | grep -vc '^{.*}$' || true)" 0
echo "image size: $(podman image inspect "$IMAGE" --format '{{.Size}}') bytes"
[ "$fail" = 0 ] && echo "Image smoke test: PASS" || { echo "Image smoke test: FAIL"; tail -20 "$LOG"; exit 1; }
