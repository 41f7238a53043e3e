"""Demo content: two invented regions, written for this project, in Dutch and English.

`content/` holds the texts as data (every text a `T(nl, en)` pair); `builder.py` turns
them into snippets and pages and translates them through wagtail-localize.
"""


def build_demo(*, port=8000, report=print):
    from home.demo.builder import DemoBuilder

    DemoBuilder(port=port, report=report).build()
