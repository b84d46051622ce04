"""Placeholder; replaced by the engine's normaliser."""


def normalise_key(s: str) -> str:
    return " ".join(s.lower().split())
