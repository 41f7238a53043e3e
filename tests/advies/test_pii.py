"""Anonymised mode: personal data is refused with exactly what to remove; ordinary case
descriptions pass."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advies.choices import RequestKind
from advies.models import Request
from advies.pii import find_personal_data, is_valid_bsn
from tests.advies.helpers import URLS, case_data, consultation_data

REFUSED = [
    ("name", "Moeder Sandra wil geen contact meer."),
    ("name", "De heer Jansen is de vader."),
    ("name", "Het kind heet Noah en zit in groep 6."),
    ("name", "Overleg gehad met mevrouw El Amrani."),
    ("date", "Het kind is geboren op 12-03-2015."),
    ("date", "Geboortedatum 2015-03-12."),
    ("date", "Geboren op 3 maart 2015."),
    ("date", "Born on March 3, 2015."),
    ("bsn", "BSN 111222333."),
    ("bsn", "bsn: 123.456.782"),
    ("postcode", "Het gezin woont in 1234 AB."),
    ("postcode", "postcode 1234ab"),
    ("address", "Het gezin woont aan de Kerkstraat 12a."),
    ("address", "Adres: Lange Dreef 7"),
    ("address", "They live at 12 Baker Street."),
    ("phone", "Bereikbaar op 06-12345678."),
    ("phone", "Vader: +31 6 1234 5678"),
    ("phone", "Tel. 010 123 4567"),
    ("email", "Mail naar moeder@example.nl"),
]

ORDINARY = [
    "Ouders zijn sinds 2021 gescheiden en voeren een rechtszaak over de omgang.",
    "De jongen (12) woont sinds maart 2023 bij vader, het meisje van 9 bij moeder.",
    "Er is een ondertoezichtstelling uitgesproken in 2022; de OTS loopt tot 2026.",
    "Veilig Thuis (0800-2000) is betrokken; de kinderen kennen de Kindertelefoon 0800-0432.",
    "Het gezin heeft schulden van ongeveer 15.000 euro en woont in een huurhuis.",
    "Het wijkteam ziet het gezin 2 keer per week; moeder werkt 32 uur.",
    "Ben je bekend met Werken aan Duurzaam Ouderschap? Wil de poule meedenken?",
    "Vader is onderweg 2 uur per dag naar zijn werk in de gemeente Lindeveld.",
    "Zaaknummer bij de rechtbank is 123456789.",
    "Sinds 1 januari is er geen contact meer tussen vader en de kinderen.",
    "The parents separated in May 2022 and the children (7 and 11) live with their mother.",
    "In 2019 en 2020 waren er drie zittingen; mediation is twee keer mislukt.",
    "School, huisarts en POH-Jeugd maken zich zorgen over het slapen van de oudste.",
]


@pytest.mark.parametrize(("kind", "text"), REFUSED)
def test_personal_data_is_found(kind, text):
    findings = find_personal_data(text)
    assert kind in [finding.kind for finding in findings], findings


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_pass(text):
    assert find_personal_data(text) == []


def test_bsn_needs_its_check_digit():
    assert is_valid_bsn("111222333")
    assert is_valid_bsn("123456782")
    assert not is_valid_bsn("123456789")
    assert not is_valid_bsn("000000000")
    assert find_personal_data("Nummer 123456789 in het dossier.") == []


WORDS = [
    "ouders",
    "kinderen",
    "moeder",
    "vader",
    "school",
    "wijkteam",
    "omgang",
    "ruzie",
    "zorgen",
    "hulp",
    "sinds",
    "jaar",
    "maanden",
    "week",
    "gesprek",
    "rechter",
    "mediation",
    "poule",
    "advies",
    "gezin",
    "contact",
    "werk",
    "huis",
    "schulden",
    "slapen",
    "the",
    "children",
    "parents",
    "help",
    "and",
    "met",
    "en",
    "van",
    "de",
    "het",
    "een",
    "is",
    "zijn",
    "was",
]


UNITS = ["jaar", "keer", "euro", "weken", "kinderen", "uur"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            st.tuples(st.integers(min_value=0, max_value=2030), st.sampled_from(UNITS)).map(
                lambda pair: f"{pair[0]} {pair[1]}"
            ),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_generated_ordinary_sentences_are_never_refused(words):
    """Sentences of ordinary words and numbers with their unit (ages, years, amounts) are never refused."""
    text = " ".join(words).capitalize() + "."
    assert find_personal_data(text) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("case_summary", "Moeder Sandra en vader wonen apart.", "“Sandra” (naam)"),
        ("professionals_involved", "Wijkteam, bereikbaar op 06-12345678", "“06-12345678” (telefoonnummer)"),
        ("question", "Kind met BSN 111222333 heeft hulp nodig.", "“111222333” (BSN)"),
        ("domain_wonen_note", "Woont op de Kerkstraat 12 in 1234 AB.", "“1234 AB” (postcode)"),
        ("domain_gezin_note", "Geboren 12-03-2015.", "“12-03-2015” (datum"),
        ("case_summary", "Mail: ouder@example.nl", "“ouder@example.nl” (e-mailadres)"),
    ],
)
def test_case_without_consent_refuses_personal_data_and_says_what_to_remove(
    site_client, lindeveld, field, text, expected
):
    response = site_client(lindeveld).post(URLS[RequestKind.CASE], case_data(**{field: text}))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Zonder toestemming van het gezin m" in page
    assert expected in page
    assert f'<a href="#id_{field}">' in page
    assert not Request.objects.exists()


@pytest.mark.django_db
def test_case_without_consent_refuses_family_details(site_client, lindeveld):
    response = site_client(lindeveld).post(URLS[RequestKind.CASE], case_data(family_details="gegevens"))
    assert response.status_code == 400
    assert "Zonder toestemming mag u geen gegevens van het gezin invullen" in response.content.decode()


@pytest.mark.django_db
def test_case_with_consent_accepts_names(site_client, lindeveld):
    data = case_data(
        consent="ja",
        consent_given_by="moeder Sandra",
        consent_date="2026-01-10",
        consent_method="mondeling",
        case_summary="Moeder Sandra en vader Peter, Kerkstraat 12, 1234 AB.",
    )
    assert site_client(lindeveld).post(URLS[RequestKind.CASE], data).status_code == 302


@pytest.mark.django_db
def test_consultation_is_always_anonymised(site_client, lindeveld):
    response = site_client(lindeveld).post(
        URLS[RequestKind.CONSULTATION], consultation_data(case_summary="Vader Mohamed belt steeds.")
    )
    assert response.status_code == 400
    assert "“Mohamed” (naam)" in response.content.decode()
