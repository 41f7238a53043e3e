"""Template context for every page: `crisis`, the crisis numbers and their texts of the
request's region in its language (see `home.selectors.crisis_lines`), read from one place
by the crisis bar, the Kindertelefoon box and every other template that names a number.
Lazy: a template that does not use it costs no query."""

from django.utils.functional import SimpleLazyObject


def crisis(request):
    from home.selectors import crisis_lines

    return {"crisis": SimpleLazyObject(lambda: crisis_lines(request))}
