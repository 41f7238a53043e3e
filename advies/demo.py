"""Demo data for the back office: an intake team per region, a privacy officer, call-back
slots, chain partners and a few fictitious requests. Idempotent.

Demo staff users get a fresh random password on every run, printed with the demo output
(development only; nothing is stored in the repository)."""

import datetime
import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Site

from advies import roles
from advies.choices import RequesterRole, RequestKind
from advies.models import CallBackSlot, ChainPartner, IntakeSettings, Request
from home.models import Municipality

REGIONS = {
    "lindeveld": {
        "team": "Intake Lindeveld",
        "user": "intake.lindeveld",
        "partners": [
            ("Mediationpraktijk De Brug (fictief)", "mediation"),
            ("GGZ Lindeveld Jeugd (fictief)", "GGZ"),
            ("Juridisch Loket Lindeveld (fictief)", "juridisch advies"),
        ],
    },
    "kustmeren": {
        "team": "Intake Kustmeren",
        "user": "intake.kustmeren",
        "partners": [
            ("Vrouwenopvang Kustmeren (fictief)", "vrouwenopvang"),
            ("Verslavingszorg Kust (fictief)", "verslavingszorg"),
            ("Schuldhulp Kustmeren (fictief)", "schuldhulpverlening"),
        ],
    },
}
SLOTS = [(0, 9), (1, 13), (2, 9), (3, 19), (4, 11)]  # weekday, hour (one evening slot)

DEMO_REQUESTS = [
    (RequestKind.ADVICE, "Ouders zijn het niet eens over de omgangsregeling en de kinderen merken het."),
    (RequestKind.CONSULTATION, "Hoe praat ik als wijkteam met ouders die elkaar niet meer willen zien?"),
    (RequestKind.CASE, "Gezin met langdurige strijd over de kinderen; meerdere hulpverleners betrokken."),
]


def build_demo(*, port=8000, report=print):
    User = get_user_model()
    officer_group = roles.ensure_privacy_officer_group()
    passwords = {}
    for slug, region in REGIONS.items():
        site = Site.objects.filter(hostname=f"{slug}.localhost").first()
        if site is None:
            continue
        with transaction.atomic():
            group = roles.ensure_intake_team(site, region["team"])
            settings = IntakeSettings.for_site(site)
            if not settings.call_back_slots.exists():
                for weekday, hour in SLOTS:
                    CallBackSlot.objects.create(
                        settings=settings,
                        weekday=weekday,
                        starts=datetime.time(hour, 0),
                        ends=datetime.time(hour + 1, 0),
                        capacity=3,
                    )
            for name, kind in region["partners"]:
                ChainPartner.objects.get_or_create(site=site, name=name, defaults={"kind": kind})
            user, _created = User.objects.get_or_create(
                username=region["user"], defaults={"first_name": "Intake", "last_name": slug.capitalize()}
            )
            user.groups.add(group)
            passwords[user.username] = _fresh_password(user)
            _demo_requests(site)
    officer, _created = User.objects.get_or_create(
        username="privacy.officer", defaults={"first_name": "Privacy"}
    )
    officer.groups.add(officer_group)
    passwords[officer.username] = _fresh_password(officer)
    report("Back office: intake teams, call-back slots, chain partners and demo requests ready.")
    for username, password in passwords.items():
        report(f"  demo login {username} / {password}")


def _fresh_password(user):
    password = secrets.token_urlsafe(12)
    user.set_password(password)
    user.save()
    return password


def _demo_requests(site):
    if Request.objects.filter(site=site).exists():
        return
    from advies import services

    municipality = Municipality.objects.filter(site=site).first()
    for kind, question in DEMO_REQUESTS:
        role = RequesterRole.PARENT if kind == RequestKind.ADVICE else RequesterRole.PROFESSIONAL
        fields = {
            "requester_role": role,
            "municipality": municipality,
            "contact_name": "Demo (fictief)",
            "contact_phone": "0800-5550000",
            "question": question,
        }
        if kind == RequestKind.CASE:
            fields.update(
                {"family_consent": False, "legal_measure": "geen", "panel": "hoog-conflict-platform"}
            )
        services.submit_request(site=site, kind=kind, fields=fields, details={}, language="nl")
