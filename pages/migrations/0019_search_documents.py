"""The site search's own documents and vocabulary (pages/models/search_document.py).

On PostgreSQL: pg_trgm, a GIN index on the stored tsvector and a trigram index on the words.
Then the pages a site already has are indexed, with today's indexer (pages/search_index.py);
where that cannot run against this point of the history, ``manage.py update_index --backend
pages`` does it after the migration.
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import DatabaseError, migrations, models, transaction

POSTGRESQL_INDEXES = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX pages_searchdocument_vector ON pages_searchdocument USING gin (vector)",
    "CREATE INDEX pages_searchword_trigrams ON pages_searchword USING gin (word gin_trgm_ops)",
]


def create_postgresql_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRESQL_INDEXES:
            schema_editor.execute(statement)


def drop_postgresql_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS pages_searchword_trigrams")
        schema_editor.execute("DROP INDEX IF EXISTS pages_searchdocument_vector")


def index_existing_pages(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    if not Page.objects.filter(depth__gt=1).exists():
        return  # a new site: pages are indexed as they are made
    from django.core.management import call_command

    try:
        with transaction.atomic():
            call_command("update_index", backend_name="pages", verbosity=0)
    except (DatabaseError, LookupError, ValueError) as error:
        print(f"\n  Search documents not built ({type(error).__name__}): after migrating, run "
              "manage.py update_index --backend pages")


class Migration(migrations.Migration):

    dependencies = [
        ('pages', '0018_subs_subscriptions'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchDocument',
            fields=[
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='search_document', serialize=False, to='wagtailcore.page')),
                ('language', models.CharField(max_length=8)),
                ('kind', models.CharField(choices=[('nyhet', 'Nyhet'), ('evenemang', 'Evenemang'), ('projekt', 'Projekt'), ('tema', 'Tema'), ('sida', 'Sida')], max_length=16)),
                ('date', models.DateField(blank=True, null=True)),
                ('themes', models.TextField(blank=True, default='')),
                ('title', models.TextField()),
                ('text', models.TextField(blank=True, default='')),
                ('vector', django.contrib.postgres.search.SearchVectorField(null=True)),
            ],
            options={
                'verbose_name': 'sökdokument',
                'verbose_name_plural': 'sökdokument',
            },
        ),
        migrations.CreateModel(
            name='SearchWord',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('language', models.CharField(max_length=8)),
                ('word', models.CharField(max_length=40)),
            ],
            options={
                'verbose_name': 'sökord i innehållet',
                'verbose_name_plural': 'sökord i innehållet',
                'constraints': [models.UniqueConstraint(fields=('language', 'word'), name='unique_search_word')],
            },
        ),
        migrations.RunPython(create_postgresql_indexes, drop_postgresql_indexes),
        migrations.RunPython(index_existing_pages, migrations.RunPython.noop),
    ]
