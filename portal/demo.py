"""Demo content across apps: each local app may offer `<app>.demo.build_demo(report)`.

`home` builds the regions, pages and snippets first; later apps add what they need on top
(e.g. staff users, call-back slots). Every step must be idempotent.
"""

from importlib import import_module
from importlib.util import find_spec

DEMO_APPS = ["home", "vragenlijst", "ouderschapsplan", "advies", "search"]


def build_all_demo_content(*, port=8000, report=print, regions=2):
    """`regions` above 2 adds generated regions to the two written ones (`home` only)."""
    for app in DEMO_APPS:
        if find_spec(f"{app}.demo") is None:
            continue
        module = import_module(f"{app}.demo")
        build = getattr(module, "build_demo", None)
        if build is None:
            continue
        if app == "home":
            build(port=port, report=report, regions=regions)
        else:
            build(port=port, report=report)
