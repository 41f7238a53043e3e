"""Staff passwords in the Wagtail admin, tried as an attacker's word list would: a common word,
a Dutch word, the region's name, with a year and symbols around it, is refused in Dutch when
an administrator creates or edits an account and when staff change their own password."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from portal.passwords import LIST_PATH, build_list

pytestmark = pytest.mark.django_db

GUESSABLE = [
    "Wachtwoord123",
    "Welkom2026!!",
    "Lindeveld2026",
    "Kustmeren2025!",
    "W3lk0m2026!",
    "Zomer2026!!!",
    "Sanne1985!!!",
    "Feyenoord1908",
    "Qwerty123456",
    "1qaz2wsx3edc",
    "Geheim-2026!",
    "WelkomWelkom1",
]
TOO_SHORT = "Zq8#vLp2!xR"  # 11 characters, nothing common in it
STRONG = "fiets regen theepot lantaarn"
NEW_STRONG = "kraanvogel over het ijs bij dooi"
REFUSED = "te makkelijk te raden"


def user_form(password, **extra):
    return {
        "username": "nieuwe.intaker",
        "email": "intaker@portal.localhost",
        "first_name": "Nieuwe",
        "last_name": "Intaker",
        "password1": password,
        "password2": password,
        "is_active": "on",
        **extra,
    }


def test_creating_a_staff_account_refuses_guessable_passwords_in_dutch(admin_client):
    for password in GUESSABLE:
        response = admin_client.post(reverse("wagtailusers_users:add"), user_form(password))
        assert response.status_code == 200, password
        assert REFUSED in response.content.decode(), password
    response = admin_client.post(reverse("wagtailusers_users:add"), user_form(TOO_SHORT))
    assert "Dit wachtwoord is te kort: gebruik minstens 12 tekens." in response.content.decode()
    assert not get_user_model().objects.filter(username="nieuwe.intaker").exists()

    response = admin_client.post(reverse("wagtailusers_users:add"), user_form(STRONG))
    assert response.status_code == 302
    assert get_user_model().objects.get(username="nieuwe.intaker").check_password(STRONG)


def test_editing_an_account_refuses_a_guessable_password(admin_client):
    user = get_user_model().objects.create_user("intaker", password=STRONG, email="i@portal.localhost")
    url = reverse("wagtailusers_users:edit", args=[user.pk])
    for password in ("Wachtwoord123", "Welkom2026!!", "Lindeveld2026"):
        response = admin_client.post(url, user_form(password, username="intaker"))
        assert response.status_code == 200, password
        assert REFUSED in response.content.decode(), password
    user.refresh_from_db()
    assert user.check_password(STRONG)


def account_form(old, new, user):
    """The admin's account page as a person submits it: every panel, with a new password."""
    return {
        "name_email-first_name": "Intaker",
        "name_email-last_name": "Lindeveld",
        "name_email-email": user.email,
        "locale-preferred_language": "nl",
        "locale-current_time_zone": "Europe/Amsterdam",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "keyboard-shortcuts": "true",
        "password-old_password": old,
        "password-new_password1": new,
        "password-new_password2": new,
    }


def test_changing_ones_own_password_refuses_a_guessable_one(client):
    user = get_user_model().objects.create_user(
        "intaker", password=STRONG, email="i@portal.localhost", is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for password in ("Wachtwoord123", "Welkom2026!!", "Lindeveld2026"):
        response = client.post(reverse("wagtailadmin_account"), account_form(STRONG, password, user))
        assert response.status_code == 200, password
        assert REFUSED in response.content.decode(), password
    user.refresh_from_db()
    assert user.check_password(STRONG)

    # The same form takes a strong password: the refusals above were the validator's.
    response = client.post(reverse("wagtailadmin_account"), account_form(STRONG, NEW_STRONG, user))
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_STRONG)


def test_the_list_file_is_what_the_build_script_makes(tmp_path, monkeypatch):
    monkeypatch.setattr(build_list, "OUTPUT", tmp_path / "rebuilt.txt.gz")
    build_list.build()
    assert (tmp_path / "rebuilt.txt.gz").read_bytes() == LIST_PATH.read_bytes()
