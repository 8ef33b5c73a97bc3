import re

EMAIL = re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PHONE = re.compile(r"(?<!\d)(?:\(\d{3}\)|\d{3})[-. ]\d{3}[-. ]\d{4}(?!\d)")


def find_emails(text: str) -> list[str]:
    """Return the email addresses in text, in order."""
    return EMAIL.findall(text)


def redact(text: str) -> str:
    """Return text with emails replaced by [email] and phone numbers by [phone]."""
    return PHONE.sub("[phone]", EMAIL.sub("[email]", text))
