"""Factories for the back office: staff of a region, editors, privacy officers, requests."""

import time

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from advies import roles, spam
from advies.choices import RequesterRole, RequestKind
from advies.models import ChainPartner, Request
from advies.models.requests import new_reference


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@portal.test")
    password = factory.django.Password("test-password-123")


def staff_of(site, **kwargs):
    """An intake staff member of `site`'s region."""
    user = UserFactory(**kwargs)
    user.groups.add(roles.ensure_intake_team(site, f"Intake test {site.hostname}"))
    return user


def editor(**kwargs):
    """A Wagtail editor (admin access, page permissions, no access to requests)."""
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def editor_of(site, **kwargs):
    """An editor of `site`'s region: its pages, regional snippets and settings only."""
    from home.roles import ensure_editor_team

    user = UserFactory(**kwargs)
    user.groups.add(ensure_editor_team(site, f"Redactie test {site.hostname}"))
    return user


def privacy_officer(**kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(roles.ensure_privacy_officer_group())
    return user


class RequestFactory(DjangoModelFactory):
    class Meta:
        model = Request

    reference = factory.LazyAttribute(lambda obj: new_reference(obj.kind))
    kind = RequestKind.ADVICE
    requester_role = RequesterRole.PARENT
    contact_name = "Testnaam Ouder"
    contact_phone = "0612345678"
    contact_email = "ouder@voorbeeld.test"
    question = "Hoe regelen we de omgang met de kinderen?"
    details = factory.LazyFunction(lambda: {"child_ages": [4, 9]})


class ChainPartnerFactory(DjangoModelFactory):
    class Meta:
        model = ChainPartner

    name = factory.Sequence(lambda n: f"Ketenpartner {n} (fictief)")
    kind = "mediation"


def form_started_long_ago():
    """A valid 'form shown at' stamp from a minute ago, as a person who took their time."""
    return spam.started_token(at=time.time() - 60)
