"""A contact channel never shows a web address as the text people read (footer, service
cards): an https link gets words saying where it goes, and a link that could not be linked
safely (http://, www.) is refused when the editor saves it."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from home.choices import ChannelKind
from home.models import ContactChannel

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kind", "dutch", "english"),
    [
        (ChannelKind.WALK_IN, "Ga naar de website", "Go to the website"),
        (ChannelKind.CHAT, "Start de chat", "Start the chat"),
    ],
)
def test_a_web_address_is_linked_with_words(lindeveld, kind, dutch, english):
    channel = ContactChannel(
        site=lindeveld, name="Spreekuur", kind=kind, value="https://lindeveld.example/spreekuur"
    )
    assert channel.href == "https://lindeveld.example/spreekuur"
    with translation.override("nl"):
        assert channel.link_text == dutch
    with translation.override("en"):
        assert channel.link_text == english


@pytest.mark.parametrize("value", ["http://lindeveld.example/chat", "www.lindeveld.example/chat"])
def test_a_link_that_would_show_raw_is_refused(lindeveld, value):
    channel = ContactChannel(site=lindeveld, name="Chat", kind=ChannelKind.CHAT, value=value)
    with pytest.raises(ValidationError) as refused:
        channel.clean()
    assert "value" in refused.value.message_dict
