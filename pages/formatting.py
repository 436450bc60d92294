"""Small formatting helpers shared by models and templates."""


def tel_href(number: str) -> str:
    """A phone number as a ``tel:`` target: digits only, Swedish trunk 0 as +46."""
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    if digits.startswith("0"):
        digits = "+46" + digits[1:]
    return digits
