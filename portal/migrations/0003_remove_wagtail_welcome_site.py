"""Wagtail's first migration makes a catch-all site with a welcome page. The portal serves networks only,
so that site and page go: no host may ever fall back to content that belongs to no network."""

from django.db import migrations


def remove_welcome_site(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Site.objects.filter(network__isnull=True, hostname="localhost", is_default_site=True).delete()
    plain_page = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    welcome = Page.objects.filter(depth=2, slug="home", content_type=plain_page, numchild=0)
    if welcome.exists():
        welcome.delete()
        root = Page.objects.get(depth=1)
        root.numchild = Page.objects.filter(depth=2).count()
        root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_networks_and_home_page"),
        ("wagtailcore", "0002_initial_data"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(remove_welcome_site, migrations.RunPython.noop)]
