"""Numbers and version words that go on a name ("Claude 3.5", "Llama 3 70B", "GPT-4o mini"):
a run of capitalised words takes them in, and a version of a known product or model is an
entity of its own."""

from __future__ import annotations

import re

MODEL_SIZE = re.compile(r"\d{1,4}(?:x\d{1,3})?(?:\.\d{1,2})?[BM]")
VERSION_WORDS = frozenset(
    {
        "pro",
        "ultra",
        "nano",
        "mini",
        "opus",
        "sonnet",
        "haiku",
        "max",
        "turbo",
        "flash",
        "large",
        "small",
        "medium",
        "lite",
        "plus",
        "instruct",
        "vision",
        "preview",
    }
)


def is_number(text: str) -> bool:
    """ "1,200", "3.5": digits with thousands commas and at most one decimal point."""
    return text.replace(",", "").replace(".", "", 1).isdigit()


def model_size(text: str) -> bool:
    """ "8B", "70B", "1.5B", "8x7B", "350M": a model's size in parameters, which names a model
    ("Llama 3 70B") like a version number does."""
    return MODEL_SIZE.fullmatch(text) is not None


# A model number in the plural: "MI450s", "T4s", "GB300s" (not "1990s": a decade has no letters).
_PLURAL_MODEL = re.compile(r"[A-Z][A-Za-z]*-?\d+[A-Z\d]*s")


def plural_model(text: str) -> bool:
    """Whether ``text`` is a model number in the plural, as units bought by the many are
    written ("ordered AMD MI450s"): goods, never an organisation's name."""
    return _PLURAL_MODEL.fullmatch(text) is not None


def version_part(text: str) -> bool:
    """ "3", "3.1", "4o", "2.5", "R1", "Turbo", "mini", "70B": a model or product version."""
    if text.lower() in VERSION_WORDS or model_size(text):
        return True
    core = text.rstrip("o").lstrip("vVrR")
    return bool(core) and is_number(core) and len(text) <= 6
