"""Generated demo regions, to try one installation with as many regions as the country has.

`generated_regions(written, count)` gives the regions after the written ones: each a copy of
Lindeveld's data with an invented region name, invented municipalities and its own host
name (`regio-03.localhost` ...), in Dutch and English like the others. The names are put
together from Dutch-sounding parts; they are not real places.
"""

import copy

from home.demo.text import T

FIRST = [
    "Beek",
    "Oost",
    "Wester",
    "Zuider",
    "Noord",
    "Hoog",
    "Groen",
    "Veen",
    "Duin",
    "Heide",
    "Berken",
    "Wilgen",
]
LAST = ["dal", "hoven", "rode", "waard", "horst", "loo", "meer", "stein", "burg", "mond", "zande"]
TEMPLATE_NAME = "Lindeveld"  # the first written region, copied under other names


def _name(number):
    """An invented place name, different for every number below len(FIRST) * len(LAST)."""
    return FIRST[number % len(FIRST)] + LAST[(number // len(FIRST) + number) % len(LAST)]


def _replaced(data, replacements):
    if isinstance(data, T):
        return T(_replaced(data.nl, replacements), _replaced(data.en, replacements))
    if isinstance(data, str):
        for old, new in replacements:
            data = data.replace(old, new)
        return data
    if isinstance(data, dict):
        return {key: _replaced(value, replacements) for key, value in data.items()}
    if isinstance(data, list):
        return [_replaced(item, replacements) for item in data]
    if isinstance(data, tuple):
        return tuple(_replaced(item, replacements) for item in data)
    return data


def generated_region(template, number):
    """Region `number` (3, 4, ...): Lindeveld's content (`template`) under invented names."""
    name = _name(number * 5)
    municipalities = [
        _name(number * 5 + offset) + "e" for offset in range(1, len(template["municipalities"]) + 1)
    ]
    replacements = [(TEMPLATE_NAME, name), (TEMPLATE_NAME.lower(), name.lower())]
    replacements += list(zip(template["municipalities"], municipalities, strict=True))
    region = _replaced(copy.deepcopy({k: v for k, v in template.items() if k != "hostname"}), replacements)
    key = f"regio-{number:02d}"
    region.update(
        key=key,
        hostname=f"{key}.localhost",
        is_default_site=False,
        municipalities=municipalities,
    )
    region["settings"] = {**region["settings"], "intake_email": f"intake@{key}.example"}
    return region


def generated_regions(written, count):
    """The regions after the `written` ones, up to `count` regions in all."""
    return [generated_region(written[0], number) for number in range(len(written) + 1, count + 1)]
