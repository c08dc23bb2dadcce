"""Offline cache: the last good snapshot survives a restart, pictures included; a damaged file is ignored."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from console.core.services.kiosk_cache import KioskCache
from console.core.services.kiosk_pin import AttemptLimiter
from console.core.services.kiosk_play import KioskInfo, KioskSnapshot
from console.core.services.kiosk_records import BoardLine, ContentRecord, ScheduleLine

NOW = datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc)


def snapshot(image: Path | None = None) -> KioskSnapshot:
    records = (
        ContentRecord(1, "notice", "停电通知", NOW, version=2, expires_at=NOW + timedelta(days=1), takeover=True,
                      schedules=(ScheduleLine(weekdays="12345"),), published=True),
        ContentRecord(2, "image", "海报", NOW, image_path=str(image) if image else "", published=True),
    )
    return KioskSnapshot(records, (BoardLine("张*", "connection", date(2026, 11, 28)),), "$argon2id$x", NOW,
                         KioskInfo(1, "hall-1", "入口", "landscape"))


def test_round_trip(tmp_path: Path) -> None:
    cache = KioskCache(tmp_path / "kiosk")
    assert cache.load() is None
    saved = cache.save(snapshot())
    assert cache.load() == saved == snapshot()


def test_pictures_are_copied_and_follow_changes(tmp_path: Path) -> None:
    picture = tmp_path / "poster.PNG"
    picture.write_bytes(b"\x89PNG first")
    cache = KioskCache(tmp_path / "kiosk")
    saved = cache.save(snapshot(picture))
    copy = Path(saved.contents[1].image_path)
    assert copy.parent == cache.images and copy.read_bytes() == b"\x89PNG first" and copy.suffix == ".png"
    picture.write_bytes(b"\x89PNG second, longer")
    again = cache.save(snapshot(picture))
    new_copy = Path(again.contents[1].image_path)
    assert new_copy.read_bytes() == b"\x89PNG second, longer"
    assert not copy.exists()  # the stale copy is dropped
    picture.unlink()  # the share went away: the cached copy still plays
    assert Path(cache.load().contents[1].image_path).read_bytes() == b"\x89PNG second, longer"  # type: ignore[union-attr]


def test_damaged_cache_is_ignored(tmp_path: Path) -> None:
    cache = KioskCache(tmp_path)
    cache.file.write_text("{not json", encoding="utf-8")
    assert cache.load() is None
    cache.file.write_text('{"format": 99}', encoding="utf-8")
    assert cache.load() is None


def test_pin_limiter_locks_after_five_and_unlocks_when_they_age() -> None:
    now = [datetime(2026, 11, 26, 9, 0)]
    limiter = AttemptLimiter(max_tries=5, window=timedelta(minutes=5), clock=lambda: now[0])
    for i in range(5):
        assert limiter.locked_for() == timedelta(0)
        limiter.failed()
        now[0] += timedelta(seconds=10)
    assert limiter.locked_for() == timedelta(minutes=5) - timedelta(seconds=50)
    now[0] += timedelta(minutes=4, seconds=10)
    assert limiter.locked_for() == timedelta(0)
    limiter.failed()
    limiter.succeeded()
    assert limiter.locked_for() == timedelta(0)
