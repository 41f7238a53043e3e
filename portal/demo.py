"""Demo content across apps: each app offers `<app>.demo.build_demo(port=, report=)`.

`home` builds the regions, pages and snippets first; later apps add what they need on top
(e.g. staff users, call-back slots). Every step must be idempotent. The apps are imported
by name here (not looked up by string) so the import contracts see that `portal` wires
them together and no app depends on another's demo.
"""

from advies import demo as advies_demo
from home import demo as home_demo
from ouderschapsplan import demo as ouderschapsplan_demo
from search import demo as search_demo
from vragenlijst import demo as vragenlijst_demo

# In build order: the content first, the apps that build on it after.
LATER_DEMOS = [vragenlijst_demo, ouderschapsplan_demo, advies_demo]


def build_all_demo_content(*, port=8000, report=print, regions=2):
    """`regions` above 2 adds generated regions to the two written ones (`home` only).

    The search entries are built once, at the end, not on every save and publish."""
    with search_demo.syncs_paused():
        home_demo.build_demo(port=port, report=report, regions=regions)
        for module in LATER_DEMOS:
            module.build_demo(port=port, report=report)
    search_demo.build_demo(port=port, report=report)
