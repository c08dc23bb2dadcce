"""Messages a person reads about an import: Chinese text with its English rendering beside it.

Row reasons are produced by the hundred thousand and shown in the preview table, the rejects file and the
headless command; carrying both renderings as plain data keeps the core Qt-free and lets every caller pick the
language without a translation lookup per cell.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UserMessage:
    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        """The rendering for ``lang`` ("zh…" → Chinese, anything else → English)."""
        return self.zh if lang.lower().startswith("zh") else self.en

    def __str__(self) -> str:
        return self.zh


class ImportFileError(Exception):
    """The file as a whole cannot be imported; the message says what the person should do about it."""

    def __init__(self, message: UserMessage) -> None:
        super().__init__(message.zh)
        self.user_message = message

    @property
    def zh(self) -> str:
        return self.user_message.zh

    @property
    def en(self) -> str:
        return self.user_message.en
