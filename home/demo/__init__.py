"""Demo content: two invented regions, written for this project, in Dutch and English.

`content/` holds the texts as files (Dutch Markdown and TOML, the English in a PO
catalogue; see `content/SCHEMA.md`), which `content/loader.py` reads as `T(nl, en)` pairs;
`builder.py` turns them into snippets and pages and translates them through
wagtail-localize. Each region also gets an editor group and a demo editor
(`redactie.<region>`), whose fresh random password is printed with the demo output, like
the intake logins.
"""

import secrets

EDITORS = {
    "lindeveld.localhost": ("Redactie Lindeveld", "redactie.lindeveld"),
    "kustmeren.localhost": ("Redactie Kustmeren", "redactie.kustmeren"),
}


def build_demo(*, port=8000, report=print, regions=2):
    """The two written regions and, with `regions` above 2, generated ones up to that many."""
    from home.demo.builder import DemoBuilder
    from home.demo.generated import generated_regions

    builder = DemoBuilder(port=port, report=report)
    written = builder.content.regions
    builder.build(written + generated_regions(written, regions))
    build_editors(report=report)


def build_editors(*, report=print):
    from django.contrib.auth import get_user_model
    from wagtail.models import Site

    from home.roles import ensure_editor_team

    User = get_user_model()
    logins = []
    for hostname, (group_name, username) in EDITORS.items():
        site = Site.objects.filter(hostname=hostname).first()
        if site is None:
            continue
        group = ensure_editor_team(site, group_name)
        user, _created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": "Redactie", "last_name": hostname.split(".")[0].capitalize()},
        )
        user.groups.add(group)
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.save()
        logins.append((username, password))
    report(
        "Editors: a group and a demo editor per region (pages, services, channels and settings "
        "of that region only)."
    )
    for username, password in logins:
        report(f"  demo login {username} / {password}")
