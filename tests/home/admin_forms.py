"""Form data for Wagtail's admin forms as a browser would send them: the plain fields and
inline forms from the page's HTML, and StreamFields (which the browser builds with
JavaScript) from each block's own form state."""

from django.http import QueryDict
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html


def admin_form_data(html, instance, form_id="page-edit-form"):
    data = querydict_from_html(html, form_id=form_id)
    for field in type(instance)._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(instance, field.name)
            state = field.stream_block.get_form_state(value)
            data.update(_block_data(field.stream_block, state, field.name))
    return data


def _block_data(block, state, prefix):
    data = QueryDict(mutable=True)
    if isinstance(block, blocks.StreamBlock):
        data[f"{prefix}-count"] = str(len(state))
        for index, item in enumerate(state):
            item_prefix = f"{prefix}-{index}"
            data.update({f"{item_prefix}-type": item["type"], f"{item_prefix}-id": item.get("id") or ""})
            data.update({f"{item_prefix}-deleted": "", f"{item_prefix}-order": str(index)})
            data.update(_block_data(block.child_blocks[item["type"]], item["value"], f"{item_prefix}-value"))
    elif isinstance(block, blocks.ListBlock):
        data[f"{prefix}-count"] = str(len(state))
        for index, item in enumerate(state):
            item_prefix = f"{prefix}-{index}"
            data.update({f"{item_prefix}-id": item.get("id") or "", f"{item_prefix}-deleted": ""})
            data[f"{item_prefix}-order"] = str(index)
            data.update(_block_data(block.child_block, item["value"], f"{item_prefix}-value"))
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            data.update(_block_data(child, state.get(name), f"{prefix}-{name}"))
    elif isinstance(state, dict) and "id" in state:  # a chooser: its value is the chosen id
        data[prefix] = str(state["id"])
    elif isinstance(state, list):
        data.setlist(prefix, [str(item) for item in state])
    else:
        data[prefix] = "" if state is None else str(state)
    return data
