"""Kiosk records: stored conventions (UTC instants, ISO weekdays) converted to the schedule rules' hall time."""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone

from console.core.services.kiosk_records import (
    ContentRecord,
    ScheduleLine,
    ShowcaseFacts,
    hall_time,
    iso_weekdays_to_rule,
    playlist_now,
    record_from_json,
    record_to_json,
    rule_weekdays_to_iso,
)

SHANGHAI = timezone(timedelta(hours=8))
UTC = timezone.utc


def rec(id: int, **kw: object) -> ContentRecord:
    kw.setdefault("kind", "notice")
    kw.setdefault("title", f"内容{id}")
    kw.setdefault("effective_from", datetime(2026, 11, 1, tzinfo=UTC))
    return ContentRecord(id=id, **kw)  # type: ignore[arg-type]


def test_iso_weekdays_become_python_weekdays() -> None:
    assert iso_weekdays_to_rule("12345") == frozenset({0, 1, 2, 3, 4})
    assert iso_weekdays_to_rule("67") == frozenset({5, 6})
    assert iso_weekdays_to_rule("1234567") == frozenset()  # every day
    assert rule_weekdays_to_iso({5, 6}) == "67"
    assert rule_weekdays_to_iso(()) == "1234567"
    for digits in ("1", "135", "7", "246"):
        assert rule_weekdays_to_iso(iso_weekdays_to_rule(digits)) == digits


def test_instants_become_hall_time_whatever_the_backend_returned() -> None:
    aware = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)
    naive_utc = datetime(2026, 11, 26, 2, 30)  # what SQLite hands back
    assert hall_time(aware, SHANGHAI) == hall_time(naive_utc, SHANGHAI) == datetime(2026, 11, 26, 10, 30)


def test_a_lunchtime_daypart_runs_in_hall_time_on_weekdays_only() -> None:
    lunch = rec(1, schedules=(ScheduleLine(weekdays="12345", time_from=time(10, 30), time_to=time(13, 30)),))
    always = rec(2)
    thursday_noon = datetime(2026, 11, 26, 12, 0)  # hall time
    now = playlist_now([lunch, always], thursday_noon, "landscape", SHANGHAI)
    assert now.playlist.ids == ("1", "2")
    assert now.next_change == datetime(2026, 11, 26, 13, 30)
    saturday_noon = datetime(2026, 11, 28, 12, 0)
    assert playlist_now([lunch, always], saturday_noon, "landscape", SHANGHAI).playlist.ids == ("2",)


def test_expiry_is_an_instant_and_expired_content_never_shows() -> None:
    # Expires at 16:00 UTC = 00:00 on the 27th in the hall.
    notice = rec(1, expires_at=datetime(2026, 11, 26, 16, 0, tzinfo=UTC))
    before = playlist_now([notice], datetime(2026, 11, 26, 23, 59), "portrait", SHANGHAI)
    assert before.playlist.ids == ("1",) and before.next_change == datetime(2026, 11, 27, 0, 0)
    assert playlist_now([notice], datetime(2026, 11, 27, 0, 0), "portrait", SHANGHAI).playlist.ids == ()
    assert notice.is_expired(datetime(2026, 11, 26, 16, 0, tzinfo=UTC))


def test_takeover_and_orientation() -> None:
    outage = rec(1, takeover=True, kind="notice")
    portrait_only = rec(2, orientation="portrait")
    loop = rec(3)
    now = datetime(2026, 11, 26, 9, 0)
    land = playlist_now([outage, portrait_only, loop], now, "landscape", SHANGHAI)
    assert land.playlist.ids == ("3",) and land.playlist.takeover is not None and land.playlist.takeover.id == "1"
    assert playlist_now([portrait_only, loop], now, "portrait", SHANGHAI).playlist.ids == ("2", "3")


def test_a_record_the_rules_refuse_is_left_out_not_fatal() -> None:
    broken = rec(1, expires_at=datetime(2026, 10, 1, tzinfo=UTC))  # expires before it starts
    fine = rec(2)
    assert playlist_now([broken, fine], datetime(2026, 11, 26, 9), "landscape", SHANGHAI).playlist.ids == ("2",)


def test_english_falls_back_to_chinese_where_missing() -> None:
    r = rec(1, title="通知", title_en="Notice", body="正文")
    assert r.text("en") == ("Notice", "正文")
    assert r.text("zh") == ("通知", "正文")


def test_json_round_trip_keeps_everything() -> None:
    r = rec(7, title_en="Case", body="a\nb", takeover=True, expires_at=datetime(2026, 12, 1, 8, tzinfo=UTC),
            orientation="portrait", extra=ShowcaseFacts("制造业", "Manufacturing", ("光伏",), ("PV",), 18.0).to_extra(),
            schedules=(ScheduleLine(date(2026, 11, 1), date(2026, 12, 31), "67", time(9), time(17, 30)),), version=3)
    again = record_from_json(json.loads(json.dumps(record_to_json(r))))
    assert again == r


def test_showcase_facts_read_the_demo_json() -> None:
    facts = ShowcaseFacts.from_extra('{"customer_type": "制造业", "measures": ["分布式光伏", "储能"], "saving_pct": 18}')
    assert facts == ShowcaseFacts("制造业", "", ("分布式光伏", "储能"), (), 18.0)
    assert ShowcaseFacts.from_extra("not json") is None
    assert ShowcaseFacts.from_extra(facts.to_extra()) == facts
