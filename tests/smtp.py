"""A real SMTP server on loopback (aiosmtpd) that keeps every mail it receives.

Tests that send mail point Django's SMTP backend at it (the ``smtp_server`` fixture in
tests/conftest.py) and read what arrived as a mail client would: the envelope, the headers and
each MIME part, parsed by the standard library. Nothing is mocked: the site speaks SMTP to a
server on a free port of 127.0.0.1.
"""

import contextlib
import email
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from tests.live_site import free_port

# aiosmtpd narrates every SMTP command at INFO: noise in a failing test's output.
logging.getLogger("mail.log").setLevel(logging.WARNING)


@dataclass(frozen=True)
class ReceivedMail:
    sender: str  # the envelope's MAIL FROM
    recipients: list[str]  # the envelope's RCPT TO
    message: EmailMessage

    def __getitem__(self, header: str) -> str | None:
        return self.message[header]

    def part(self, content_type: str) -> str:
        """The decoded text of the part of this type (text/plain, text/html)."""
        for part in self.message.walk():
            if part.get_content_type() == content_type:
                return part.get_content()
        raise KeyError(f"no {content_type} part in the mail")

    def content_types(self) -> list[str]:
        return [part.get_content_type() for part in self.message.walk()]


class Mailbox:
    """aiosmtpd's handler: keeps each mail, parsed, in the order it arrived."""

    def __init__(self):
        self._lock = threading.Lock()
        self._mails: list[ReceivedMail] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        with self._lock:
            self._mails.append(ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    @property
    def mails(self) -> list[ReceivedMail]:
        with self._lock:
            return list(self._mails)

    def clear(self) -> None:
        with self._lock:
            self._mails.clear()


@dataclass
class SMTPServer:
    host: str
    port: int
    mailbox: Mailbox

    @property
    def mails(self) -> list[ReceivedMail]:
        return self.mailbox.mails

    def mails_to(self, address: str) -> list[ReceivedMail]:
        return [mail for mail in self.mails if address in mail.recipients]

    def wait_for(self, count: int, timeout: float = 10) -> list[ReceivedMail]:
        """The mails once at least ``count`` have arrived (a worker in another process)."""
        deadline = time.monotonic() + timeout
        while len(self.mails) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.mails

    def django_settings(self) -> dict:
        """Django's SMTP backend pointed at this server, without TLS or login."""
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": self.host,
            "EMAIL_PORT": self.port,
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
            "EMAIL_USE_TLS": False,
            "EMAIL_USE_SSL": False,
            "EMAIL_TIMEOUT": 10,
        }


@contextlib.contextmanager
def running_smtp_server() -> Iterator[SMTPServer]:
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield SMTPServer(controller.hostname, controller.port, mailbox)
    finally:
        controller.stop()
