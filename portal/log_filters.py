"""Logging filters that keep what visitors typed or answered out of log files."""

import logging


class WithoutTemplateContext(logging.Filter):
    """Drop the traceback from `django.template`'s debug records.

    At DEBUG level Django logs every variable a template cannot resolve, with the
    exception attached; that exception's message holds the whole template context, so a
    questionnaire page would write its answers (the check page's answers, the outcome's
    summary) into the log. The record itself stays: which variable, which template."""

    def filter(self, record):
        record.exc_info = None
        record.exc_text = None
        return True
