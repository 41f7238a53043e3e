"""Screenshots of every page type and state (see scripts/screenshots)."""

import argparse
import html
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "var" / "screenshots"
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}
SEND = "main form[method=post] button[type=submit]"
FORMS = {
    "nl": ("advies", ["aanvragen", "terugbellen", "consultatie", "casus"]),
    "en": ("advice", ["request"]),
}
# As in tests/browser/test_phone.py: "nee" where a question offers it, else the first option.
FIRST_SAFE_OPTIONS = """() => {
    const form = document.querySelector('form.vragenlijst__form');
    const choices = form.querySelectorAll('input[type=radio], input[type=checkbox]');
    for (const name of new Set([...choices].map(i => i.name))) {
        const inputs = [...form.querySelectorAll(`input[name="${name}"]`)];
        (inputs.find(i => i.value === 'nee') || inputs[0]).checked = true;
    }
    for (const select of form.querySelectorAll('select')) {
        if (!select.value && select.options.length > 1) select.selectedIndex = 1;
    }
}"""


def answers(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2) as response:  # noqa: S310
            return response.status == 200
    except OSError:
        return False


def start_server(port):
    if answers(port):
        return None
    print(f"Loading the demo and starting the site on port {port} ...", file=sys.stderr)
    demo = ["make", "migrate", "demo", f"PORT={port}"]
    subprocess.run(demo, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # noqa: S603, S607
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(120):
        if answers(port):
            return server
        time.sleep(0.5)
    server.kill()
    raise SystemExit("the site did not start")


def page_types():
    """(name, host, path): one live page of each CMS page type per region and language."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from wagtail.models import Locale, Site

    from home.models import BasePage

    found = []
    for site in Site.objects.order_by("hostname"):
        for language in ("nl", "en"):
            home = site.root_page.get_translation(Locale.objects.get(language_code=language))
            seen = set()
            for page in home.get_descendants(inclusive=True).live().specific().order_by("path"):
                if isinstance(page, BasePage) and type(page) not in seen:
                    seen.add(type(page))
                    name = f"{site.hostname.split('.')[0]} {language} {type(page).__name__}"
                    found.append((name, site.hostname, page.get_url_parts()[2]))
    return found


def shoot(page, name, shots):
    for width, (w, h) in WIDTHS.items():
        page.set_viewport_size({"width": w, "height": h})
        file = f"{len(shots):03}-{width}.png"
        page.screenshot(path=OUT / file, full_page=True)
        shots.append((name, width, file, page.url))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=int(os.environ.get("SCREENSHOTS_PORT", 8617)))
    port = parser.parse_args().port
    server = start_server(port)
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    shots = []
    try:
        types = page_types()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            context = browser.new_context(locale="nl-NL")
            page = context.new_page()
            base = f"http://lindeveld.localhost:{port}"
            for name, host, path in types:
                page.goto(f"http://{host}:{port}{path}")
                shoot(page, name, shots)
            for language, (prefix, forms) in FORMS.items():
                search = "zoeken" if language == "nl" else "search"
                knowledge = "kennisbank" if language == "nl" else "knowledge-base"
                for state, url in (
                    ("search results", f"{base}/{language}/{search}/?q=ouderschapsplan"),
                    ("search no results", f"{base}/{language}/{search}/?q=qwxzvbnm"),
                    (
                        "knowledge base filtered",
                        f"{base}/{language}/{knowledge}/?q=ouderschapsplan&doelgroep=ouders",
                    ),
                    ("ouderschapsplan start", f"{base}/{language}/ouderschapsplan-maken/"),
                    ("404", f"{base}/{language}/bestaat-niet/"),
                ):
                    page.goto(url)
                    shoot(page, f"{language} {state}", shots)
                for form in forms:
                    page.goto(f"{base}/{language}/{prefix}/{form}/")
                    shoot(page, f"{language} form {form}", shots)
                    with page.expect_navigation():
                        page.click(SEND)
                    shoot(page, f"{language} form {form} (errors)", shots)
                guide(
                    page,
                    f"{base}/{language}/{'scheidingswijzer' if language == 'nl' else 'separation-guide'}/",
                    language,
                    shots,
                )
            browser.close()
    finally:
        if server:
            server.kill()
            server.wait()
    write_index(shots)
    print(f"{len(shots)} screenshots: {OUT / 'index.html'}")


def guide(page, start, language, shots):
    """The Scheidingswijzer start, every step sent empty (its errors) and the result."""
    page.goto(start)
    shoot(page, f"{language} scheidingswijzer start", shots)
    with page.expect_navigation():
        page.click("main a.button")
    for _ in range(12):
        if "/uitkomst/" in page.url or "/result/" in page.url:
            break
        step = page.url.rstrip("/").rsplit("/", 1)[-1]
        with page.expect_navigation():
            page.click("form.vragenlijst__form button[type=submit]")
        if page.url.rstrip("/").endswith(step):
            shoot(page, f"{language} scheidingswijzer {step} (errors)", shots)
            page.evaluate(FIRST_SAFE_OPTIONS)
            with page.expect_navigation():
                page.click("form.vragenlijst__form button[type=submit]")
    shoot(page, f"{language} scheidingswijzer result", shots)


def write_index(shots):
    rows = []
    for index in range(0, len(shots), len(WIDTHS)):
        name, _width, _file, url = shots[index]
        cells = "".join(
            f'<a href="{file}"><img src="{file}" alt="{html.escape(name)}, {width}" loading="lazy" '
            f'class="{width}"></a>'
            for _name, width, file, _url in shots[index : index + len(WIDTHS)]
        )
        rows.append(
            f"<section><h2>{html.escape(name)}</h2><p>{html.escape(url)}</p><div>{cells}</div></section>"
        )
    (OUT / "index.html").write_text(
        "<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Screenshots</title><style>"
        "body{font-family:system-ui;margin:1rem}div{display:flex;gap:1rem;align-items:flex-start}"
        "img{border:1px solid #ccc;max-height:900px}.phone{width:195px}.desktop{width:640px}"
        "</style><h1>Screenshots: phone 390 px, desktop 1280 px</h1>" + "".join(rows),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
