import re

EMAIL = re.compile(r"\S+@\S+")
PHONE = re.compile(r"\d{3}-\d{3}-\d{4}")


def find_emails(text: str) -> list[str]:
    """Return the email addresses in text, in order."""
    return EMAIL.findall(text)


def redact(text: str) -> str:
    """Return text with emails replaced by [email] and phone numbers by [phone]."""
    return PHONE.sub("[phone]", text)
