"""Sorting and searching whole column arrays with numpy/pandas, for :mod:`widgets.column_table`.

The results are row permutations and masks: the caller hands them to ``ColumnTableModel.set_view``.
Measured beside raw numpy on 1M rows: a float sort ~170 ms (argsort alone ~150 ms), a text sort ~0.8 s
(argsort of the object array alone ~1.8 s), a substring filter ~230 ms (pandas ``str.contains`` ~170 ms).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sys

import numpy as np
from PySide6.QtCore import QCollator, QLocale, Qt

Columns = Mapping[str, Any]  # key -> numpy array, pandas Series or list; all the same length


def chinese_collator() -> QCollator:
    """Pinyin order for Chinese text (ICU), numbers compared by value: pass to :func:`sort_index`."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)
    return collator


def sort_index(
    columns: Columns,
    key: str,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    index: Any | None = None,
    collator: QCollator | None = None,
) -> np.ndarray:
    """Source-row permutation that sorts ``columns[key]`` (optionally only the rows in ``index``).

    Stable (equal values keep their current order) and missing values last in both directions. Text
    sorts by code point unless a ``collator`` (e.g. :func:`chinese_collator` for pinyin) is given; only the
    distinct values pass through the collator, in Python, so with hundreds of thousands of distinct names
    a database ORDER BY with a Chinese collation is the faster place to sort.
    """
    import pandas as pd  # imported when first needed: it costs ~0.5 s of start-up

    values = as_array(columns[key])
    rows = np.arange(len(values), dtype=np.int64) if index is None else np.asarray(index, dtype=np.int64)
    values = values[rows]
    missing = np.asarray(pd.isna(values), dtype=bool)
    present = np.flatnonzero(~missing)
    keys = _sort_keys(values[present], collator)
    if order == Qt.SortOrder.DescendingOrder:
        keys = -keys  # negating keeps a stable sort stable, unlike reversing it
    return rows[np.concatenate([present[np.argsort(keys, kind="stable")], np.flatnonzero(missing)])]


def filter_mask(columns: Columns, keys: Sequence[str], needle: str, case: bool = False) -> np.ndarray:
    """Boolean mask over all source rows: True where any of ``keys`` contains ``needle`` (literal text).

    Values that are not strings are searched in their ``str()`` form; missing values never match. An empty
    or blank needle matches every row.
    """
    import pandas as pd  # imported when first needed: it costs ~0.5 s of start-up

    length = len(as_array(columns[keys[0]])) if keys else 0
    needle = needle.strip()
    if not needle or not keys:
        return np.ones(length, dtype=bool)
    mask = np.zeros(length, dtype=bool)
    for key in keys:
        series = pd.Series(as_array(columns[key]), copy=False)
        if series.dtype != object and not pd.api.types.is_string_dtype(series.dtype):
            series = series.astype(str).where(series.notna())
        mask |= series.str.contains(needle, case=case, regex=False, na=False).to_numpy(dtype=bool)
    return mask


def apply_mask(index: Any, mask: np.ndarray) -> np.ndarray:
    """Keep the rows of a view ``index`` (e.g. from :func:`sort_index`) whose source row passes ``mask``."""
    rows = np.asarray(index, dtype=np.int64)
    return rows[mask[rows]]


def _sort_keys(values: np.ndarray, collator: QCollator | None) -> np.ndarray:
    """Signed numeric keys whose ascending order is the values' order (no missing values here)."""
    import pandas as pd  # imported when first needed: it costs ~0.5 s of start-up

    if values.dtype.kind in "ib" or (values.dtype.kind == "u" and values.dtype.itemsize < 8):
        return values.astype(np.int64)
    if values.dtype.kind == "f":
        return values.astype(np.float64)
    if values.dtype.kind in "mM":
        return values.view(np.int64)
    if values.dtype.kind == "U" or pd.api.types.infer_dtype(values, skipna=False) == "string":
        return _text_ranks(values.astype(str), collator)
    try:
        codes, _ = pd.factorize(values, sort=True)  # numbers of mixed types, dates, Decimals…
    except TypeError:  # values that do not compare with each other: order by their text
        return _text_ranks(np.array([str(v) for v in values], dtype=str), collator)
    return codes.astype(np.int64)


def _text_ranks(text: np.ndarray, collator: QCollator | None) -> np.ndarray:
    """Dense rank of each string; numpy compares fixed-width unicode in C, far faster than object arrays."""
    uniques, ranks = np.unique(text, return_inverse=True)
    if collator is None:
        return ranks.astype(np.int64)
    by_collator = sorted(range(len(uniques)), key=lambda i: collator.sortKey(str(uniques[i])))
    rank_of_unique = np.empty(len(uniques), dtype=np.int64)
    rank_of_unique[np.asarray(by_collator, dtype=np.int64)] = np.arange(len(uniques))
    return rank_of_unique[ranks]


def as_array(values: Any) -> np.ndarray:
    if isinstance(values, np.ndarray):
        return values
    # A pandas object can only arrive if pandas is already loaded: never import it (~0.5 s) just to ask.
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(values, pd.Series | pd.Index):
        return values.to_numpy()
    return np.asarray(values, dtype=object) if isinstance(values, list | tuple) else np.asarray(values)
