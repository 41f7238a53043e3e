"""Compressed weight of a page: its HTML plus the stylesheets and scripts it links.

Shared by the budget test (tests/portal/test_page_weight.py) and the report script
(scripts/benchmarks/page_weight.py). Images are left out, as the budget says.
"""

import gzip
import re
from dataclasses import dataclass, field

ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')


def gzipped_size(content: bytes) -> int:
    return len(gzip.compress(content, compresslevel=6))


@dataclass
class PageWeight:
    html: int = 0
    css: int = 0
    js: int = 0
    assets: list = field(default_factory=list)

    @property
    def total(self):
        return self.html + self.css + self.js


def measure(fetch, path):
    """`fetch(path) -> bytes` returns the body of a same-origin path."""
    html = fetch(path)
    weight = PageWeight(html=gzipped_size(html))
    for asset in dict.fromkeys(ASSET.findall(html.decode())):
        size = gzipped_size(fetch(asset))
        weight.assets.append((asset, size))
        if asset.split("?")[0].endswith(".css"):
            weight.css += size
        else:
            weight.js += size
    return weight
