from django.db import migrations, models


class Migration(migrations.Migration):
    """QuestionnaireTally -> ScheidingswijzerTally: one name for the Scheidingswijzer in
    code (docs/glossary.md). The rows stay; the table and its constraint are renamed."""

    dependencies = [
        ("vragenlijst", "0003_texts_revisions"),
    ]

    operations = [
        migrations.RenameModel("QuestionnaireTally", "ScheidingswijzerTally"),
        migrations.RemoveConstraint(model_name="scheidingswijzertally", name="unique_questionnaire_tally"),
        migrations.AddConstraint(
            model_name="scheidingswijzertally",
            constraint=models.UniqueConstraint(
                fields=("site", "municipality", "month", "route"), name="unique_scheidingswijzer_tally"
            ),
        ),
    ]
