"""Generated identities: realistic names, aliases, valid IBANs and random secrets.

>>> iban = make_iban("BUNQ", 2001)
>>> iban, iban_is_valid(iban)
('NL18BUNQ2000002001', True)
>>> hex_secret(random.Random(7)) == hex_secret(random.Random(7))   # seeded: reproducible
True

Secrets and UUIDs come from the emulator's ``emu.random``: a ``random.SystemRandom`` (os.urandom)
unless the emulator is seeded, so unseeded tokens stay unguessable.
"""

from __future__ import annotations

import random
import secrets
import uuid

FIRST_NAMES = (
    "Sanne", "Daan", "Emma", "Lucas", "Julia", "Sem", "Tess", "Finn", "Lotte", "Milan",
    "Noor", "Bram", "Fleur", "Jesse", "Isa", "Thijs", "Eva", "Ruben", "Anna", "Lars",
)  # fmt: skip
LAST_NAMES = (
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer",
)  # fmt: skip
COMPANY_NAMES = (
    "Tulip Labs B.V.", "Canal Coffee B.V.", "Polder Software B.V.", "Windmill Energy B.V.",
    "Gouda Logistics B.V.", "Dune Design B.V.", "Harbour Analytics B.V.", "Bicycle Works B.V.",
)  # fmt: skip


def person_name(n: int) -> tuple[str, str]:
    """A deterministic (first, last) name for the n-th generated user (n >= 1)."""
    return FIRST_NAMES[(n - 1) % len(FIRST_NAMES)], LAST_NAMES[(n - 1) % len(LAST_NAMES)]


def company_name(n: int) -> str:
    return COMPANY_NAMES[(n - 1) % len(COMPANY_NAMES)]


def email_local_part(*words: str) -> str:
    parts: list[str] = []
    for word in words:
        parts.extend(p for p in "".join(c if c.isalnum() else " " for c in word).split())
    return ".".join(p.lower() for p in parts if p.lower() not in {"b", "v"})


def phone_number(n: int) -> str:
    """A Dutch mobile number in E.164, unique per n."""
    return f"+316{10_000_000 + n:08d}"


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616 check digits (mod 97) for ``country`` + ``bban``."""
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def make_iban(bank_code: str, number: int, country: str = "NL") -> str:
    """``NLkkBUNQ`` + a 10-digit account number derived from ``number``."""
    bban = f"{bank_code}{2_000_000_000 + number:010d}"
    return f"{country}{iban_check_digits(country, bban)}{bban}"


def iban_is_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or not compact.isalnum():
        return False
    numeric = "".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])
    return int(numeric) % 97 == 1


def _hex(nbytes: int, rng: random.Random | None) -> str:
    if rng is None:
        return secrets.token_hex(nbytes)
    return f"{rng.getrandbits(nbytes * 8):0{nbytes * 2}x}"


def hex_secret(rng: random.Random | None = None) -> str:
    """64 hex characters: tokens, access tokens, client ids and secrets look like this."""
    return _hex(32, rng)


def sandbox_api_key(rng: random.Random | None = None) -> str:
    return "sandbox_" + _hex(24, rng)


def uuid4(rng: random.Random | None = None) -> str:
    """A version 4 UUID drawn from ``rng`` (reproducible when the emulator is seeded)."""
    if rng is None:
        return str(uuid.uuid4())
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
