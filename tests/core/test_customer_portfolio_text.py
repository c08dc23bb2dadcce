"""PackedText: the packed string column must answer exactly like Python's own ``in`` and ``sorted``."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from console.core.services.portfolio_query import account_keys, text_ranks
from console.core.services.portfolio_text import PackedText

# Small alphabets so that needles actually occur; astral and upper-case characters on purpose.
ALPHABET = st.sampled_from(list("张伟杭州市区12幢号abAB𠮷 ") + ["\U0001F600"])
TEXTS = st.lists(st.text(ALPHABET, max_size=12), min_size=0, max_size=40)
FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=200)


def expected(values: list[str], needle: str) -> list[bool]:
    needle = needle.replace("\x1f", "")
    return [needle.lower() in v.lower() for v in values]


@FUZZ
@given(TEXTS, st.text(ALPHABET, min_size=1, max_size=4))
def test_contains_matches_python(values: list[str], needle: str) -> None:
    column = PackedText.from_strings(values)
    assert [column.text(i) for i in range(len(values))] == values
    assert column.contains(needle).tolist() == expected(values, needle)


@FUZZ
@given(TEXTS, st.text(ALPHABET, min_size=1, max_size=3), st.text(ALPHABET, min_size=1, max_size=2))
def test_narrowing_gives_the_same_answer(values: list[str], needle: str, more: str) -> None:
    column = PackedText.from_strings(values)
    first = column.contains(needle)
    assert column.contains(needle + more, within=first).tolist() == expected(values, needle + more)


@FUZZ
@given(TEXTS, st.dictionaries(st.integers(0, 39), st.text(ALPHABET, max_size=8), max_size=5),
       st.text(ALPHABET, min_size=1, max_size=3))
def test_overrides_are_searched_and_read(values: list[str], edits: dict[int, str], needle: str) -> None:
    column = PackedText.from_strings(values)
    current = list(values)
    for row, text in edits.items():
        if row < len(values):
            column.set_text(row, text)
            current[row] = text
    assert [column.text(i) for i in range(len(current))] == current
    assert column.contains(needle).tolist() == expected(current, needle)


def test_many_hits_take_the_dense_path_and_agree() -> None:
    values = [f"杭州市西湖区{i % 97}幢{i}室" for i in range(5000)] + ["", "上海"]
    column = PackedText.from_strings(values)
    for needle in ("杭", "杭州市", "1", "幢1", "上海", "西湖区9幢"):
        assert column.contains(needle).tolist() == [needle in v for v in values], needle


def test_from_joined_refuses_a_value_holding_the_separator() -> None:
    assert PackedText.from_joined("a\x1fb\x1fc", 2) is None
    assert PackedText.from_joined("a\x1fb", 2) is not None


def test_append_keeps_rows_and_overrides() -> None:
    column = PackedText.from_strings(["甲", "乙"])
    column.set_text(0, "丙")
    longer = column.append(["丁"])
    assert [longer.text(i) for i in range(3)] == ["丙", "乙", "丁"]
    assert longer.contains("丙").tolist() == [True, False, False]


@FUZZ
@given(st.lists(st.text(ALPHABET, max_size=6), max_size=40))
def test_text_ranks_follow_sorted_order(values: list[str]) -> None:
    ranks = text_ranks(PackedText.from_strings(values))
    present = [v for v in values if v]
    assert [v for _, v in sorted((r, v) for r, v in zip(ranks.tolist(), values) if v)] == sorted(present)
    assert all(r == -1 for r, v in zip(ranks.tolist(), values) if not v)


def test_text_ranks_with_a_character_order() -> None:
    # A reversed character order must reverse the order of single-character values.
    values = ["a", "b", "c", "b"]
    ranks = text_ranks(PackedText.from_strings(values), char_order=lambda chars: sorted(chars, reverse=True))
    assert np.argsort(ranks, kind="stable").tolist() == [2, 1, 3, 0]


def test_account_keys_are_natural_order() -> None:
    values = ["3100000010", "3100000002", "99", "A12", "", "3100000002"]
    keys = account_keys(PackedText.from_strings(values))
    order = [values[i] for i in np.argsort(keys, kind="stable") if keys[i] >= 0]
    assert order == ["99", "3100000002", "3100000002", "3100000010", "A12"]
    assert keys[4] == -1
