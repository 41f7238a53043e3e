"""Every 'Op deze pagina' link of a text block has its target in the text as it renders:
the anchors are worked out once (`home.toc.anchored`) for both."""

import re

from home import toc
from home.blocks import BodyBlock
from home.templatetags.portal_tags import richtext_with_anchors


def test_every_heading_link_of_a_text_block_points_at_an_id_in_the_rendered_text():
    stream = BodyBlock().to_python(
        [
            {
                "type": "paragraph",
                "id": "blok",
                # A heading may come with an id of its own (pasted or imported content).
                "value": '<h2 id="eigen-kop">Eigen kop</h2><p>Tekst.</p><h2>Tweede kop</h2><p>Meer.</p>',
            }
        ]
    )
    entries = toc.stream_entries(stream)
    html = str(richtext_with_anchors(stream[0].value, stream[0].id))
    ids = re.findall(r'<h2 id="([^"]+)"', html)
    assert [entry.title for entry in entries] == ["Eigen kop", "Tweede kop"]
    assert [entry.anchor for entry in entries] == ids == ["eigen-kop", "blok-2"]
