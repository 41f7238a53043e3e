"""Reading the answer back on the portal: links, codes and their limits.

Nothing of an answer travels by e-mail. The e-mail says an answer is ready (reference
number only) and carries a link; the link names the answer but opens nothing by itself.
The reader proves to be the person who asked with a code:

- a *mailed code*: asked for on the answer page and sent to the request's own e-mail
  address; it works once, for `MAILED_CODE_MINUTES`;
- the *reading code*: shown once on the confirmation page after sending the request (for
  someone without e-mail, or who prefers it); it works once too, and reading shows the
  next one.

Both are compared in constant time against stored HMACs (never the codes themselves).
`MAX_FAILURES` wrong codes in a row lock reading for `LOCK_MINUTES` and void the mailed
codes; the views add a rate limit per client. Every code sent, every read and every
refusal is audited (never the code or the text). Answers can be read until their
`expires_at` (the region's retention period after sending) or until the request is
anonymised, whichever comes first.
"""

import datetime
import hashlib
import secrets
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from advies import audit
from advies.choices import AuditAction, AuditResult, MailKind
from advies.models import Answer, MailDelivery, MailedCode, ReadingKey
from advies.models.requests import REFERENCE_ALPHABET

PUBLIC_PAGE = "openbare antwoordpagina"
MAILED_CODE_MINUTES = 15
MAILED_CODES_PER_HOUR = 3
MAX_FAILURES = 5
LOCK_MINUTES = 60
READING_CODE_LENGTH = 10
MAILED_CODE_LENGTH = 8


def new_code(length):
    """Random characters of the reference alphabet (no 0/O, 1/I/L), grouped for reading
    aloud: 'XXXX-XXXX' or 'XXXXX-XXXXX'."""
    body = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(length))
    half = length // 2
    return f"{body[:half]}-{body[half:]}"


def normalise(code):
    """What the reader typed, as a code: capitals, no spaces or dashes."""
    return "".join(ch for ch in str(code or "").upper() if ch.isalnum())[:40]


def _hash(purpose, request_id, code):
    return salted_hmac(f"advies.answers.{purpose}", f"{request_id}:{normalise(code)}").hexdigest()


def new_link():
    """A link token for an answer e-mail and the hash stored for it."""
    token = secrets.token_urlsafe(24)
    return token, link_hash(token)


def link_hash(token):
    return hashlib.sha256(str(token).encode()).hexdigest()


def answer_for_link(token, *, now=None):
    """The answer a link names, if it can still be read; else None."""
    if not token or len(token) > 64:
        return None
    answer = (
        Answer.objects.select_related("request", "request__site").filter(link_hash=link_hash(token)).first()
    )
    if answer is None or not answer.is_readable(now):
        return None
    return answer


def issue_reading_code(request):
    """A new reading code for `request` (its hash replaces the previous one); returns the code."""
    code = new_code(READING_CODE_LENGTH)
    ReadingKey.objects.update_or_create(
        request=request, defaults={"code_hash": _hash("reading", request.pk, code)}
    )
    return code


def readable_answers(request, *, now=None):
    now = now or timezone.now()
    return [answer for answer in request.answers.all() if answer.is_readable(now)]


def is_locked(request, *, now=None):
    key = ReadingKey.objects.filter(request=request).first()
    return key is not None and key.locked_until is not None and key.locked_until > (now or timezone.now())


def send_mailed_code(request, *, now=None):
    """Mail a one-time code to the request's own address. Returns the delivery, or None
    when there is no address, reading is locked, or enough codes were sent this hour."""
    now = now or timezone.now()
    if not request.contact_email or is_locked(request, now=now):
        return None
    recent = request.mailed_codes.filter(created_at__gt=now - datetime.timedelta(hours=1)).count()
    if recent >= MAILED_CODES_PER_HOUR:
        audit.record(
            None,
            AuditAction.VIEW,
            request,
            result=AuditResult.DENIED,
            detail="leescode: te vaak gevraagd",
            origin=PUBLIC_PAGE,
        )
        return None
    code = new_code(MAILED_CODE_LENGTH)
    with transaction.atomic():
        MailedCode.objects.create(
            request=request,
            code_hash=_hash("mailed", request.pk, code),
            created_at=now,
            expires_at=now + datetime.timedelta(minutes=MAILED_CODE_MINUTES),
        )
        delivery = MailDelivery.objects.create(
            request=request,
            kind=MailKind.READING_CODE,
            recipient=request.contact_email,
            secret=code,
            language=request.language,
        )
        audit.record(
            None, AuditAction.CHANGE, request, detail="leescode per e-mail verstuurd", origin=PUBLIC_PAGE
        )
        from advies.services import enqueue_delivery

        transaction.on_commit(lambda: enqueue_delivery(delivery.pk))
    return delivery


@dataclass
class Opening:
    """The result of giving a code: the answers to show (and a new reading code when the
    reading code was used), or why not."""

    answers: list = field(default_factory=list)
    new_reading_code: str = ""
    wrong: bool = False
    locked: bool = False

    @property
    def ok(self):
        return not (self.wrong or self.locked)


def open_with_code(request, code, *, now=None):
    """Check `code` for `request` and, if it is right, mark it used and return the
    answers that can be read. Wrong codes count towards the lock."""
    now = now or timezone.now()
    with transaction.atomic():
        key, _created = ReadingKey.objects.select_for_update().get_or_create(request=request)
        if key.locked_until is not None and key.locked_until > now:
            audit.record(
                None,
                AuditAction.VIEW,
                request,
                result=AuditResult.DENIED,
                detail="leescode: geblokkeerd",
                origin=PUBLIC_PAGE,
            )
            return Opening(locked=True)
        mailed = _matching_mailed_code(request, code, now)
        by_reading_code = bool(key.code_hash) and constant_time_compare(
            key.code_hash, _hash("reading", request.pk, code)
        )
        if mailed is None and not by_reading_code:
            return _count_failure(request, key, now)
        key.failures = 0
        key.locked_until = None
        opening = Opening()
        if mailed is not None:
            mailed.used_at = now
            mailed.save(update_fields=["used_at"])
            how = "code per e-mail"
        else:
            opening.new_reading_code = new_code(READING_CODE_LENGTH)
            key.code_hash = _hash("reading", request.pk, opening.new_reading_code)
            how = "leescode"
        key.save()
        opening.answers = readable_answers(request, now=now)
        for answer in opening.answers:
            answer.read_count += 1
            answer.first_read_at = answer.first_read_at or now
            answer.save(update_fields=["read_count", "first_read_at"])
        audit.record(
            None,
            AuditAction.VIEW,
            request,
            detail=f"antwoord gelezen ({how}, {len(opening.answers)})",
            origin=PUBLIC_PAGE,
        )
        return opening


def _matching_mailed_code(request, code, now):
    """The unused, unexpired mailed code equal to `code` (every candidate is compared, in
    constant time), or None."""
    expected = _hash("mailed", request.pk, code)
    found = None
    for candidate in request.mailed_codes.filter(used_at__isnull=True, expires_at__gt=now):
        if constant_time_compare(candidate.code_hash, expected):
            found = candidate
    return found


def _count_failure(request, key, now):
    key.failures += 1
    locked = key.failures >= MAX_FAILURES
    if locked:
        key.failures = 0
        key.locked_until = now + datetime.timedelta(minutes=LOCK_MINUTES)
        request.mailed_codes.filter(used_at__isnull=True).update(used_at=now)
    key.save()
    audit.record(
        None,
        AuditAction.VIEW,
        request,
        result=AuditResult.DENIED,
        detail="leescode onjuist, nu geblokkeerd" if locked else "leescode onjuist",
        origin=PUBLIC_PAGE,
    )
    return Opening(wrong=True, locked=locked)


def confirm_receipt(answer, *, now=None):
    """The referring professional confirms they received the answer (once; audited)."""
    now = now or timezone.now()
    if answer.receipt_confirmed_at is None:
        answer.receipt_confirmed_at = now
        answer.save(update_fields=["receipt_confirmed_at"])
        audit.record(
            None,
            AuditAction.CHANGE,
            answer.request,
            detail="ontvangst antwoord bevestigd",
            origin=PUBLIC_PAGE,
        )
    return answer


def purge_expired(*, now=None):
    """Wipe the text of answers past their time and delete used or expired codes."""
    now = now or timezone.now()
    wiped = (
        Answer.objects.filter(expires_at__lte=now)
        .exclude(text="", call_on=None)
        .update(text="", call_on=None)
    )
    MailedCode.objects.filter(expires_at__lte=now).delete()
    return wiped
