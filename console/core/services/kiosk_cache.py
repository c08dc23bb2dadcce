"""The kiosk's offline cache: the last good snapshot as JSON, with copies of its pictures, in the data directory.

A kiosk whose database is unreachable plays from here (the schedule rules still run on the cached items, so an
item that expires while offline still disappears on time). Files are replaced atomically: a power cut while
saving leaves the previous good cache, never half a file.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from console.core.config import cache_dir
from console.core.services.kiosk_play import KioskInfo, KioskSnapshot
from console.core.services.kiosk_records import (
    ContentRecord,
    as_utc,
    board_from_json,
    board_to_json,
    record_from_json,
    record_to_json,
)

log = logging.getLogger(__name__)
FORMAT = 1


def default_cache_dir() -> Path:
    return cache_dir() / "kiosk"


class KioskCache:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_cache_dir()
        self.file = self.folder / "playlist.json"
        self.images = self.folder / "images"

    def save(self, snapshot: KioskSnapshot) -> KioskSnapshot:
        """Store ``snapshot``; returns it with picture paths pointing at the cached copies where copies exist."""
        self.images.mkdir(parents=True, exist_ok=True)
        contents = tuple(self._with_cached_image(r) for r in snapshot.contents)
        cached = replace(snapshot, contents=contents)
        data: dict[str, Any] = {
            "format": FORMAT,
            "loaded_at": cached.loaded_at.isoformat(),
            "pin_hash": cached.pin_hash,
            "kiosk": vars(cached.kiosk) if cached.kiosk else None,
            "contents": [record_to_json(r) for r in contents],
            "board": [board_to_json(b) for b in cached.board],
        }
        tmp = self.file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.file)
        self._drop_unused_images({Path(r.image_path).name for r in contents if r.image_path})
        return cached

    def load(self) -> KioskSnapshot | None:
        """The cached snapshot, or None when there is none or it cannot be read (logged, never raised)."""
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return None
            kiosk = data.get("kiosk")
            return KioskSnapshot(
                contents=tuple(record_from_json(r) for r in data["contents"]),
                board=tuple(board_from_json(b) for b in data["board"]),
                pin_hash=str(data.get("pin_hash") or ""),
                loaded_at=as_utc(datetime.fromisoformat(data["loaded_at"])),
                kiosk=KioskInfo(**kiosk) if kiosk else None,
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("kiosk cache %s unreadable: %s", self.file, exc)
            return None

    def _with_cached_image(self, record: ContentRecord) -> ContentRecord:
        if not record.image_path:
            return record
        source = Path(record.image_path)
        if source.parent == self.images:
            return record
        try:
            stat = source.stat()
        except OSError:
            return record  # unreachable now; the slide shows without its picture
        key = hashlib.sha1(f"{source}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:16]
        target = self.images / f"{key}{source.suffix.lower()}"
        if not target.exists():
            tmp = target.with_suffix(target.suffix + ".tmp")
            shutil.copyfile(source, tmp)
            os.replace(tmp, target)
        return replace(record, image_path=str(target))

    def _drop_unused_images(self, keep: set[str]) -> None:
        for path in self.images.iterdir():
            if path.name not in keep:
                path.unlink(missing_ok=True)
