"""Demo data for the back office: an intake team and a reporting team per region, a
privacy officer, call-back slots, chain partners, a few fictitious requests, and a
generated request history (two full years and this year so far, nothing personal in
it) so the effect report has something to show. Idempotent.

Demo staff users get a fresh random password on every run, printed with the demo output
(development only; nothing is stored in the repository)."""

import datetime
import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from advies import roles
from advies.choices import Panel, RequesterRole, RequestKind
from advies.models import CallBackSlot, ChainPartner, IntakeSettings, Request
from advies.report import synthetic
from home.models import Municipality

REGIONS = {
    "lindeveld": {
        "team": "Intake Lindeveld",
        "user": "intake.lindeveld",
        "reporting_team": "Rapportage Lindeveld",
        "reporting_user": "rapportage.lindeveld",
        "history": {"tag": "L", "per_year": 380, "main_panel": Panel.HIGH_CONFLICT},
        "partners": [
            ("Mediationpraktijk De Brug (fictief)", "mediation"),
            ("GGZ Lindeveld Jeugd (fictief)", "GGZ"),
            ("Juridisch Loket Lindeveld (fictief)", "juridisch advies"),
        ],
    },
    "kustmeren": {
        "team": "Intake Kustmeren",
        "user": "intake.kustmeren",
        "reporting_team": "Rapportage Kustmeren",
        "reporting_user": "rapportage.kustmeren",
        "history": {"tag": "K", "per_year": 300, "main_panel": Panel.EXPERT_POOL},
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
            reporting_group = roles.ensure_reporting_team(site, region["reporting_team"])
            reporter, _created = User.objects.get_or_create(
                username=region["reporting_user"],
                defaults={"first_name": "Rapportage", "last_name": slug.capitalize()},
            )
            reporter.groups.add(reporting_group)
            passwords[reporter.username] = _fresh_password(reporter)
            _demo_requests(site)
        _demo_history(site, **region["history"])
    officer, _created = User.objects.get_or_create(
        username="privacy.officer", defaults={"first_name": "Privacy"}
    )
    officer.groups.add(officer_group)
    passwords[officer.username] = _fresh_password(officer)
    report(
        "Back office: intake and reporting teams, call-back slots, chain partners, demo requests "
        "and request history ready."
    )
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


def _demo_history(site, *, tag, per_year, main_panel):
    """Two full years before this one and this year so far, made up (see
    advies.report.synthetic), once per region."""
    if synthetic.has_generated_history(site):
        return
    today = timezone.localdate()
    start = datetime.date(today.year - 2, 1, 1)
    days = (today - start).days + 1
    synthetic.generate_history(
        site,
        start=start,
        end=today,
        count=round(per_year * days / 365),
        tag=tag,
        main_panel=main_panel,
    )
