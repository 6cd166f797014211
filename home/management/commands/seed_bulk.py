"""`manage.py seed_bulk`: many live stories, modules and events in every language, fast.

    manage.py migrate && manage.py load_demo && manage.py seed_bulk
    manage.py seed_bulk --stories 3000 --modules 600 --events 1500 --seed 1 --batch 200

The data of the performance benchmark (`make bench`). Each option is the number of
pages to add **in each language** of `settings.LANGUAGES`: an original in the default
language and its translations. They go under each language's story, curriculum and
event index; where an index (or a home page's translation) is missing, it is made as
`load_demo` makes it, so a freshly migrated database works too. Every run adds pages
(slugs get a number where a sibling has the same one); `--seed` fixes what the pages
say, their terms, images and dates relative to today, not their ids.

Rows written, for each page — the rows `add_child()`, `copy_for_translation()` and
`save_revision().publish()` leave, written in batches (`home/bulk/`):

- `wagtailcore_page` and the page type's row: tree `path`, `depth`, parent's
  `numchild`, `url_path`, `draft_title`, `live`, `first_published_at`,
  `last_published_at`, `latest_revision`/`live_revision`; a translation has its
  original's `translation_key` and its own locale, title and slug;
- synchronised fields copied from the original (images, dates, numbers, URLs,
  occurrences, related stories and participants pointing at the original stories),
  vocabulary terms swapped for their translations (same `translation_key`), as
  `LocalizedTaxonomyMixin` does; translatable fields (titles, summaries, bodies, key
  figure labels…) in the page's language, StreamField block ids shared with the
  original as a copy keeps them; key figures with the page's locale and one
  translation key across languages;
- inline objects and many-to-many links (key figures, related stories, occurrences with
  `starts_at`/`ends_at` from `EventOccurrence.compute_instants`, participants, tags,
  sectors, SDGs, levels, topics);
- a `wagtailcore_revision` (`content` = `serializable_data()`) and a `wagtail.publish`
  entry in the page's history;
- `wagtailcore_referenceindex` rows ("Usage" in the admin) and the search index entries
  (`wagtailsearch_indexentry`, stemmed in the page's language on PostgreSQL).

Not written, except for a sample: wagtail-localize's bookkeeping — `TranslatableObject`,
`TranslationSource`, `Translation`, `String`, `TranslationContext`, `StringSegment`,
`TemplateSegment`, `RelatedObjectSegment`, `OverridableSegment`, `StringTranslation`.
These rows exist only for pages sent through "Translate" in the admin, and only the
translation editor, "Sync translated pages" and the translation reports read them;
public pages, listings, feeds, search and the language switcher read the page rows
above. The demo's own translations (`copy_for_translation`) have none either; a bulk
translation without them edits in Wagtail's ordinary editor, as those do. The first
`--localized` originals of each type do get them, through wagtail-localize's own
`TranslationSource.get_or_create_from_instance`, with a `Translation` per language and
every text translated as the bulk translation says (`home/bulk/localize.py`), so the
translation editor can be tried on bulk pages. Nor are the `wagtail.create` and
`wagtail.copy_for_translation` history entries written, nor any signal sent:
`page_published` and `post_save` are not (see `Seeder.finish`).
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count

from home.bulk.events import EventBuilder
from home.bulk.material import Material
from home.bulk.modules import ModuleBuilder
from home.bulk.progress import Progress, duration
from home.bulk.sections import MissingSection, section_indexes
from home.bulk.seeder import Seeder
from home.bulk.stories import StoryBuilder

BUILDERS = [StoryBuilder, ModuleBuilder, EventBuilder]
BENCH_SIZE = {"stories": 3000, "modules": 600, "events": 1500}
DEFAULT_BATCH = 200
DEFAULT_SEED = 1
DEFAULT_LOCALIZED = 10


class Command(BaseCommand):
    help = (
        "Add live stories, modules and events in every site language, written in bulk: "
        "page rows in Wagtail's tree, translations as copy_for_translation makes them, a "
        "published revision each, reference and search index entries. wagtail-localize's "
        "own records (TranslationSource, Translation, segments) are made for a sample only "
        "(--localized): only its translation editor reads them. Run load_demo first, or "
        "the indexes are made. "
        "See home/management/commands/seed_bulk.py."
    )

    def add_arguments(self, parser):
        for label, default in BENCH_SIZE.items():
            parser.add_argument(
                f"--{label}",
                type=int,
                default=default,
                metavar="N",
                help=f"{label.capitalize()} to add in each language (default {default}).",
            )
        parser.add_argument(
            "--seed", type=int, default=DEFAULT_SEED, help=f"Random seed (default {DEFAULT_SEED})."
        )
        parser.add_argument(
            "--batch",
            type=int,
            default=DEFAULT_BATCH,
            metavar="B",
            help=f"Originals per transaction, with their translations (default {DEFAULT_BATCH}).",
        )
        parser.add_argument(
            "--localized",
            type=int,
            default=DEFAULT_LOCALIZED,
            metavar="N",
            help=(
                "Originals of each type whose translations also get wagtail-localize's "
                f"records, fully translated (default {DEFAULT_LOCALIZED})."
            ),
        )
        parser.add_argument(
            "-q",
            "--quiet",
            action="store_true",
            help="No progress line; -v 0 leaves out the summary too.",
        )

    def handle(self, *args, **options):
        counts = {builder: options[builder.label] for builder in BUILDERS}
        if min(counts.values()) < 0 or options["batch"] < 1:
            raise CommandError("Counts must be 0 or more, and --batch at least 1.")
        started = time.monotonic()
        material = Material.load(options["seed"])
        try:
            indexes = section_indexes([builder.model for builder in BUILDERS], material.languages)
        except MissingSection as error:
            raise CommandError(str(error)) from error
        quiet = options["quiet"] or options["verbosity"] == 0
        progress = Progress(
            sum(counts.values()) * len(material.languages), self.stderr, enabled=not quiet
        )
        seeder = Seeder(material, indexes, options["batch"], progress, options["localized"])
        for builder, count in counts.items():
            seeder.seed(builder(material), count)
        seeder.finish()
        progress.close()
        if options["verbosity"]:
            self.summary(material, seeder, time.monotonic() - started)

    def summary(self, material, seeder, seconds):
        languages = material.languages
        added = sum(seeder.written.values()) * len(languages)
        self.stdout.write(
            f"Added {added} live pages in {duration(seconds)} ({added / seconds:.0f} pages/s)."
        )
        self.stdout.write(f"{'':10}" + "".join(f"{language:>8}" for language in languages))
        for builder in BUILDERS:
            live = dict(
                builder.model.objects.live()
                .order_by()
                .values_list("locale__language_code")
                .annotate(count=Count("pk"))
            )
            added_each = seeder.written.get(builder.label, 0)
            cells = "".join(f"{added_each:>8}" for _ in languages)
            self.stdout.write(f"{builder.label:10}{cells}   added")
            cells = "".join(f"{live.get(language, 0):>8}" for language in languages)
            self.stdout.write(f"{'':10}{cells}   live now")
