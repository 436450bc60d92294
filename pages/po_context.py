"""Context for translators in a page's PO file: each string says where it comes from.

wagtail-localize names a string by its path (``msgctxt``: ``body.<block id>.heading``), which
stays the same across exports so translation memories keep working but tells a translator
nothing. Each entry gets a comment in words instead: the field, the block's type and position,
and the part of the block (``Innehåll › block 3 av 8: Faktaruta › Rubrik``).
"""

from django.utils.text import capfirst

from wagtail import blocks
from wagtail.fields import StreamField


def describe(instance, path: str) -> str:
    """Where the string at wagtail-localize's ``path`` sits in ``instance``, in words."""
    name, *rest = path.split(".")
    try:
        field = instance._meta.get_field(name)
    except Exception:  # noqa: BLE001 - an unknown path still gets its raw name
        return path
    words = [capfirst(str(getattr(field, "verbose_name", name)))]
    if isinstance(field, StreamField) and rest:
        words += describe_block(getattr(instance, name), rest)
    return " › ".join(words)


def describe_block(stream_value, parts: list[str]) -> list[str]:
    block_id, *inner = parts
    children = list(stream_value)
    for position, child in enumerate(children, 1):
        if child.id == block_id:
            words = [f"block {position} av {len(children)}: {capfirst(str(child.block.label))}"]
            return words + describe_inside(child.block, child.value, inner)
    return [block_id]


def describe_inside(block, value, parts: list[str]) -> list[str]:
    words = []
    while parts:
        part, *parts = parts
        if isinstance(block, blocks.StructBlock) and part in block.child_blocks:
            block, value = block.child_blocks[part], value.get(part) if value else None
            words.append(capfirst(str(block.label)))
        elif isinstance(block, blocks.ListBlock):
            items = list(getattr(value, "bound_blocks", []) or [])
            position = next((n for n, item in enumerate(items, 1) if item.id == part), None)
            words.append(f"punkt {position}" if position else part)
            block = block.child_block
            value = items[position - 1].value if position else None
        else:
            words.append(part)
    return words


def add_context_comments(po, instance) -> None:
    """Give every entry of ``po`` (a polib file for ``instance``) a comment saying where its
    string comes from; msgctxt and msgid stay as wagtail-localize made them."""
    for entry in po:
        if entry.msgctxt:
            entry.comment = describe(instance, entry.msgctxt)
