"""`manage.py check` refuses a decision table that cannot route every answer set."""

from django.core.checks import Error, register


@register()
def decision_table_is_consistent(app_configs, **kwargs):
    from vragenlijst.decision_table import table_problems

    return [Error(problem, id="vragenlijst.E001") for problem in table_problems()]
