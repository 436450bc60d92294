#!/usr/bin/env bash
# Restore drill (`make restore-drill`, docs/operations.md): build a small site in a fresh
# PostgreSQL database and a temporary MEDIA_ROOT, back both up the way production does
# (pg_dump custom format, a tar of the media), wipe them, restore, and check that the restored
# site has the same pages, revisions, images, documents and media files, and still serves them.
#
#   RESTORE_DRILL_SERVER   PostgreSQL server (default postgres://postgres@127.0.0.1:5432;
#                          a role that may create databases)
#
# Everything it creates (one database, one temporary directory) is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVER="${RESTORE_DRILL_SERVER:-postgres://postgres@127.0.0.1:5432}"
SERVER="${SERVER%/}"
PY=.venv/bin/python
DB_NAME="regionsite_restore_drill_$(date +%Y%m%d%H%M%S)_$$"
DB_URL="$SERVER/$DB_NAME"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/regionsite-restore-drill.XXXXXX")"
MEDIA="$WORK/media"
BACKUP="$WORK/backup"
LOG="$WORK/drill.log"
STARTED=$SECONDS
STEP="checking the tools"
RESULT=""

export DJANGO_SETTINGS_MODULE=regionsite.settings.dev
export DATABASE_URL="$DB_URL"
export MEDIA_ROOT="$MEDIA"
# The drill's media are files under MEDIA_ROOT, never a bucket; and no shared cache.
unset MEDIA_S3_BUCKET REDIS_URL

# The terminal's stdout, for the trap: a step that fails inside a redirection leaves it active.
exec 3>&1
cleanup() {
    local status=$?
    dropdb --if-exists --force --maintenance-db="$SERVER/postgres" "$DB_NAME" >/dev/null 2>&1 || true
    if [[ -z "$RESULT" ]]; then
        {
            echo
            echo "Restore drill: FAIL while $STEP (exit $status). Last lines of the log:"
            tail -n 20 "$LOG" 2>/dev/null | sed 's/^/    /' || true
        } >&3
        status=1
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT

step() {
    STEP="$1"
    printf '[%4ss] %s\n' "$((SECONDS - STARTED))" "$1"
}

for tool in psql pg_dump pg_restore createdb dropdb tar sha256sum; do
    command -v "$tool" >/dev/null || { echo "restore drill: $tool is not installed" >&2; exit 1; }
done
[[ -x "$PY" ]] || { echo "restore drill: $PY is missing: run make install" >&2; exit 1; }
pg_isready -d "$SERVER/postgres" -q || { echo "restore drill: no PostgreSQL at $SERVER" >&2; exit 1; }

echo "Restore drill: database $DB_NAME on $SERVER, media in $MEDIA"

step "creating a fresh database"
createdb --maintenance-db="$SERVER/postgres" "$DB_NAME"
mkdir -p "$MEDIA" "$BACKUP"

step "migrating and seeding the content"
"$PY" manage.py migrate --noinput -v0 >>"$LOG" 2>&1
"$PY" manage.py seed_content >>"$LOG" 2>&1

step "uploading an image (with a rendition) and a document"
"$PY" manage.py shell --no-imports -c '
import io
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

png = io.BytesIO()
PILImage.new("RGB", (64, 48), (0, 95, 115)).save(png, format="PNG")
image = get_image_model()(title="Återställningsövning", file=ImageFile(png, name="ovning.png"))
image.save()
image.get_rendition("fill-32x32")
document = get_document_model()(
    title="Återställningsövning",
    file=ContentFile("Övning: säkerhetskopia och återställning.\n".encode(), name="ovning.txt"),
)
document.save()
' >>"$LOG" 2>&1

# What the site holds: counts of the tables that matter, a checksum of the page tree (path,
# title, slug, live, latest revision) and of the media files (names and contents).
database_state() {
    psql "$DB_URL" -X -q -t -A -v ON_ERROR_STOP=1 -c "
        SELECT 'pages', count(*)::text FROM wagtailcore_page
        UNION ALL SELECT 'revisions', count(*)::text FROM wagtailcore_revision
        UNION ALL SELECT 'images', count(*)::text FROM wagtailimages_image
        UNION ALL SELECT 'renditions', count(*)::text FROM wagtailimages_rendition
        UNION ALL SELECT 'documents', count(*)::text FROM wagtaildocs_document
        UNION ALL SELECT 'users', count(*)::text FROM auth_user
        UNION ALL SELECT 'page tree checksum', left(md5(string_agg(
            concat_ws(':', path, title, slug, live, latest_revision_id), ',' ORDER BY path)), 16)
            FROM wagtailcore_page" | tr "|" "="
}
media_state() {
    echo "media files=$(find "$MEDIA" -type f | wc -l)"
    echo "media checksum=$(cd "$MEDIA" && find . -type f -print0 | LC_ALL=C sort -z \
        | xargs -0 sha256sum | sha256sum | cut -c1-16)"
}

step "recording counts and checksums"
{ database_state; media_state; } >"$WORK/before.txt"

step "backing up: pg_dump -Fc and a tar of the media"
pg_dump --format=custom --no-owner --file="$BACKUP/regionsite.dump" "$DB_URL"
tar -czf "$BACKUP/regionsite-media.tar.gz" -C "$MEDIA" .

step "wiping the database and the media"
dropdb --force --maintenance-db="$SERVER/postgres" "$DB_NAME"
rm -rf "$MEDIA"
if psql "$SERVER/postgres" -X -t -A -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" \
    | grep -q 1 || [[ -e "$MEDIA" ]]; then
    echo "restore drill: the wipe left something behind" >&2
    exit 1
fi

step "restoring: createdb, pg_restore and untar"
createdb --maintenance-db="$SERVER/postgres" "$DB_NAME"
pg_restore --no-owner --exit-on-error --dbname="$DB_URL" "$BACKUP/regionsite.dump"
mkdir -p "$MEDIA"
tar -xzf "$BACKUP/regionsite-media.tar.gz" -C "$MEDIA"

step "comparing and checking the restored site"
{ database_state; media_state; } >"$WORK/after.txt"
# The restored site itself: no migration missing, the home page and the uploaded document
# (read from the restored media by the application) are served.
"$PY" manage.py migrate --check --noinput -v0 >>"$LOG" 2>&1 && migrations="ok" || migrations="FAIL"
served="$("$PY" manage.py shell --no-imports -c '
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

client = Client(HTTP_HOST="localhost")
document = get_document_model().objects.get(title="Återställningsövning")
image = get_image_model().objects.get(title="Återställningsövning")
home = client.get("/")
download = client.get(document.url)
body = b"".join(download.streaming_content) if download.status_code == 200 else b""
with image.file.open() as f:
    png = f.read(8)
ok = home.status_code == 200 and "säkerhetskopia".encode() in body and png.startswith(b"\x89PNG")
print("ok" if ok else f"FAIL (home {home.status_code}, document {download.status_code})")
' 2>>"$LOG")"

echo
echo "Restore drill summary"
printf '  %-20s %18s %18s\n' "" "before backup" "after restore"
failed=0
while IFS='=' read -r name before; do
    after="$(grep -m1 "^$name=" "$WORK/after.txt" | cut -d= -f2-)"
    verdict="ok"
    [[ "$before" == "$after" ]] || { verdict="DIFFERENT"; failed=1; }
    printf '  %-20s %18s %18s  %s\n' "$name" "$before" "$after" "$verdict"
done <"$WORK/before.txt"
printf '  %-20s %38s  %s\n' "migrations" "none missing" "$migrations"
printf '  %-20s %38s  %s\n' "site serves restore" "home page, document, image" "$served"
[[ "$migrations" == "ok" && "$served" == "ok" ]] || failed=1
echo "  backup: $(du -h "$BACKUP/regionsite.dump" | cut -f1) database dump," \
    "$(du -h "$BACKUP/regionsite-media.tar.gz" | cut -f1) media archive"

if [[ "$failed" == 0 ]]; then
    RESULT="PASS"
else
    RESULT="FAIL"
fi
echo
echo "Restore drill: $RESULT in $((SECONDS - STARTED)) s"
[[ "$RESULT" == "PASS" ]]
