"""What the public wizards (the Scheidingswijzer, the parenting-plan builder) share around
django-formtools: the region a request is for, and step conditions on the stored answers."""

from django.http import Http404

from home.selectors import current_site


def region_site(request):
    """The region (Wagtail Site) of the request; 404 on a host that is no region."""
    site = current_site(request)
    if site is None:
        raise Http404
    return site


def answers_condition(step_condition):
    """A formtools condition from a function of the wizard's stored answers (`wizard.stored_answers`)."""

    def condition(wizard):
        return step_condition(wizard.stored_answers)

    condition.__name__ = step_condition.__name__
    return condition
