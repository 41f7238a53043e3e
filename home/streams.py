"""What a page's StreamFields choose, loaded once for the whole page.

Wagtail turns each StreamField into block values on its own: per field and per kind of
block, one query for each kind of chosen object (stories, topics, contact channels,
documents, images), and rich text resolves its page and document links with a query per
text. A topic page that uses every kind of block in its body and its next steps thus pays
for channels twice, documents twice (a download block and a link in the text), and a
query per text with links.

`load_chosen(page, request)` reads the raw data of all the page's StreamFields first,
loads each kind of object once (contact channels come from the region's channels the
page needs anyway, with their opening hours; images come with their renditions), then
turns the fields into values and expands their rich text while those objects are at hand
(chosen pages and linked pages in the active language, in one query): the chooser blocks of
`home.blocks` and the link handlers of `home.rich_text` take them from `chosen()` before
asking the database (`home.chosen_objects`). Whatever is not found there is loaded as
Wagtail would.
"""

import re
from collections import defaultdict

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text import RichText

from home import selectors
from home.chosen_objects import PAGE_LINKS, choosing
from home.models.snippets import ContactChannel
from home.rich_text import expanded, localized_link_targets
from portal import library_internals

LINK = re.compile(r'<a\b[^>]*\blinktype="(page|document)"[^>]*>')
LINK_ID = re.compile(r'\bid="(\d+)"')


def _collect(block, raw, wanted):
    """Add the ids chosen in `raw` (the stored data of `block`) to `wanted`."""
    if raw is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                _collect(child, item.get("value"), wanted)
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            _collect(block.child_block, library_internals.list_item_value(block, item), wanted)
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child in block.child_blocks.items():
                _collect(child, raw.get(name), wanted)
    elif isinstance(block, blocks.ChooserBlock):
        if isinstance(raw, int) or (isinstance(raw, str) and raw.isdigit()):
            wanted[block.model_class].add(int(raw))
    elif isinstance(block, blocks.RichTextBlock) and isinstance(raw, str):
        _collect_links(raw, wanted)


def _collect_links(html, wanted):
    from wagtail.documents import get_document_model

    for match in LINK.finditer(html):
        found = LINK_ID.search(match.group(0))
        if found:
            target = PAGE_LINKS if match.group(1) == "page" else get_document_model()
            wanted[target].add(int(found.group(1)))


def _rich_texts(value):
    """Every RichText inside a converted block value."""
    if isinstance(value, RichText):
        yield value
    elif isinstance(value, blocks.StreamValue):
        for child in value:
            yield from _rich_texts(child.value)
    elif isinstance(value, blocks.StructValue):
        for child in value.values():
            yield from _rich_texts(child)
    elif isinstance(value, list | blocks.list_block.ListValue):
        for child in value:
            yield from _rich_texts(child)


def stream_fields(page):
    return [field for field in page._meta.get_fields() if isinstance(field, StreamField)]


# The rendition the image block's template asks for (components/blocks/image.html).
IMAGE_BLOCK_RENDITION = "width-800"


def _images_with_renditions(model, ids):
    """The images with their image-block renditions, in one query: the renditions with
    their images joined in. Wagtail would load the images, then look the rendition up in
    the renditions cache and, when that has lost it (a new or flushed Redis), in the
    database: a second query. An image without that rendition yet is loaded on its own,
    and Wagtail makes the rendition as usual."""
    found = {}
    for rendition in (
        model.get_rendition_model()
        .objects.filter(image_id__in=ids, filter_spec=IMAGE_BLOCK_RENDITION)
        .select_related("image")
    ):
        image = found.setdefault(rendition.image_id, rendition.image)
        if not hasattr(image, "prefetched_renditions"):
            image.prefetched_renditions = []
        rendition.image = image
        image.prefetched_renditions.append(rendition)
    missing = ids - set(found)
    if missing:
        found.update(model._default_manager.in_bulk(missing))
    return found


def _load(wanted, request):
    objects = {}
    # Pages linked in rich text and chosen in blocks, each as its live translation in the
    # active language where there is one: one query for both.
    page_ids = wanted.get(PAGE_LINKS, set()) | wanted.get(Page, set())
    if page_ids:
        targets = localized_link_targets(page_ids)
        objects[PAGE_LINKS] = targets
        if Page in wanted:
            objects[Page] = targets
    for model, ids in wanted.items():
        if model == PAGE_LINKS or model is Page:
            continue
        if model is ContactChannel and request is not None:
            region = {channel.pk: channel for channel in selectors.all_region_channels(request)}
            found = {pk: region[pk] for pk in ids if pk in region}
            missing = ids - set(found)
            if missing:
                found.update(ContactChannel.objects.in_bulk(missing))
            objects[model] = found
        elif model is get_image_model():
            objects[model] = _images_with_renditions(model, ids)
        else:
            objects[model] = model._default_manager.in_bulk(ids)
    return objects


def load_chosen(page, request=None):
    """Turn every StreamField of `page` into block values and expand their rich text, with
    each kind of chosen object loaded once for all fields (see the module docstring)."""
    values = [getattr(page, field.name) for field in stream_fields(page)]
    wanted = defaultdict(set)
    for field, value in zip(stream_fields(page), values, strict=True):
        if isinstance(value, blocks.StreamValue) and value.is_lazy:
            _collect(field.stream_block, list(value.raw_data), wanted)
    with choosing(_load(wanted, request) if wanted else {}):
        for value in values:
            for rich_text in _rich_texts(value):
                expanded(rich_text)
    return True
