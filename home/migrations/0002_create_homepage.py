import uuid

from django.db import migrations


def create_homepage(apps, schema_editor):
    """Replace Wagtail's "Welcome" page with the Spanish HomePage and point the site at it.

    The French and English home pages are translations of this one (see `load_demo`).
    """
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("home", "HomePage")

    if HomePage.objects.exists():
        return
    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    root = Page.objects.get(depth=1)

    homepage_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    path = root.path + "0001"
    while Page.objects.filter(path=path).exists():
        path = root.path + f"{int(path[-4:]) + 1:04d}"
    homepage = HomePage.objects.create(
        title="Soleil",
        draft_title="Soleil",
        slug="inicio",
        content_type=homepage_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/inicio/",
        locale=Locale.objects.get(language_code="es"),
        translation_key=uuid.uuid4(),
        live=True,
        introduction="Economía social y solidaria: historias, módulos y encuentros.",
        body="[]",
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": homepage, "site_name": "Soleil"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("core", "0002_create_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
