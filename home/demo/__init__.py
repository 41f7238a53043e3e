"""Demo content: two invented regions, written for this project, in Dutch and English.

`content/` holds the texts as data (every text a `T(nl, en)` pair); `builder.py` turns
them into snippets and pages and translates them through wagtail-localize.
"""


def build_demo(*, port=8000, report=print, regions=2):
    """The two written regions and, with `regions` above 2, generated ones up to that many."""
    from home.demo.builder import DemoBuilder
    from home.demo.content.regions import REGIONS
    from home.demo.generated import generated_regions

    DemoBuilder(port=port, report=report).build(REGIONS + generated_regions(regions))
