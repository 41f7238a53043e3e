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


class WithoutSearchBodies(logging.Filter):
    """Keep only the method and path of the Elasticsearch client's debug records.

    At DEBUG level `elastic_transport.node` logs every request and response body: a search
    request holds the words a visitor typed, a response the pages it found. What stays is
    which request was made (method, path without query string, HTTP version)."""

    def filter(self, record):
        if record.levelno <= logging.DEBUG and isinstance(record.args, tuple) and len(record.args) >= 3:
            method, target, version = record.args[:3]
            record.msg = "> %s %s HTTP/%s"
            record.args = (method, str(target).split("?", 1)[0], version)
            record.exc_info = None
            record.exc_text = None
        return True
