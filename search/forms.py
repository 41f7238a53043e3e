from django import forms
from django.utils.translation import gettext_lazy as _

from search.selectors import MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    """The words to search for. Facets are read by the selectors (their values depend on
    the content), the page number by the view."""

    q = forms.CharField(
        label=_("Waar zoek je naar?"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": _("Gebruik hooguit %(limit_value)d tekens.")},
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off", "spellcheck": "true"}),
    )
