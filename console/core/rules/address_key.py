"""The normalised address that finds the same place written two ways (duplicate customers, 疑似重复).

``杭州市西湖区 采荷小区5号楼314室`` and ``西湖区采荷小区５栋３１４室`` are the same flat: width, spaces,
punctuation, the city prefix and the words for a building (号楼/栋/座) differ, nothing else.
"""
from __future__ import annotations

import re
import unicodedata

_NOISE = re.compile(r"[\s,，.。、;；:：()（）\[\]【】\-－—_#＃/\\]+")
_BUILDING = re.compile(r"(\d+)(?:号楼|栋|座|号幢|幢)")
_UNIT = re.compile(r"(\d+)单元")
_ROOM = re.compile(r"(\d+)(?:号房|号室|房|室)$")
# A leading province and/or city, only where a district-level name follows (so 市北区 etc. stay intact).
_PREFIX = re.compile(r"^(?:[^省]{2,7}?(?:省|自治区))?(?:[^市]{2,7}?市)(?=[^市区县]{1,6}?[区县市])")


def address_key(address: str) -> str:
    text = unicodedata.normalize("NFKC", address or "")
    text = _NOISE.sub("", text)
    text = _PREFIX.sub("", text, count=1)
    text = _BUILDING.sub(r"\1幢", text)
    text = _UNIT.sub(r"\1单元", text)
    text = _ROOM.sub(r"\1室", text)
    return text
