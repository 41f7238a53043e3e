"""Wagtail's default workflow and its task are called "Moderators approval" (named in
English by a Wagtail migration), which the Dutch admin shows as "Stuur door naar
Moderators approval". Give them Dutch names, unless someone already renamed them."""

from django.db import migrations

OLD = "Moderators approval"
WORKFLOW = "Eindredactie"
TASK = "Goedkeuring eindredactie"


def dutch_names(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=OLD).update(name=WORKFLOW)
    apps.get_model("wagtailcore", "Task").objects.filter(name=OLD).update(name=TASK)


def english_names(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).update(name=OLD)
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).update(name=OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_editor_day_crisis_texts_and_block_labels"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(dutch_names, english_names)]
