"""``projects due`` on its own argparse parser; expected dates counted by hand (start day never counts)."""
from __future__ import annotations

import argparse
import io

import pytest

from console.commands import projects


def _run(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="sunshine-console")
    sub = parser.add_subparsers(dest="command", required=True)
    projects.register(sub)
    args = parser.parse_args(list(argv))
    out, err = io.StringIO(), io.StringIO()
    code = args.handler(args, out, err)
    return code, out.getvalue(), err.getvalue()


def test_hv_single_across_spring_festival_2026() -> None:
    code, out, err = _run("projects", "due", "--class", "hv-single", "--accepted", "2026-02-02")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "supply_plan 2026-02-28",  # 3-6 Feb = 4, 9-13 = 9, Sat 14 = 10, (15-23 off), 24-27 = 14, Sat 28 = 15
        "design_review 2026-03-13",  # 2-6 Mar = 5, 9-13 Mar = 10
        "intermediate_inspection 2026-03-20",  # 16-20 Mar
        "completion_inspection 2026-03-27",  # 23-27 Mar
        "connection 2026-04-03",  # 30, 31 Mar, 1-3 Apr
        "total 2026-03-10",  # 22: day 15 = 28 Feb, 2-6 Mar = 20, 9 = 21, 10 = 22
    ]


def test_hv_dual_across_national_day_2025() -> None:
    code, out, _ = _run("projects", "due", "--class", "hv-dual", "--accepted", "2025-09-26")
    assert code == 0
    assert out.splitlines() == [
        # Sun 28 Sep = 1, 29, 30 = 3, (1-8 Oct off), 9, 10, Sat 11 = 6, 13-17 = 11, 20-24 = 16, 27-31 = 21,
        # 3-7 Nov = 26, 10-13 Nov = 30.
        "supply_plan 2025-11-13",
        "design_review 2025-11-27",  # Fri 14 = 1, 17-21 = 6, 24-27 = 10
        "intermediate_inspection 2025-12-04",  # Fri 28 Nov = 1, 1-4 Dec = 5
        "completion_inspection 2025-12-11",  # Fri 5 = 1, 8-11 = 5
        "connection 2025-12-18",  # Fri 12 = 1, 15-18 = 5
        "total 2025-11-17",  # 32: day 30 = Thu 13 Nov, Fri 14 = 31, Mon 17 = 32
    ]


def test_residential_with_a_payment_pause_prints_only_the_total() -> None:
    # Accepted Fri 13 Feb 2026, 5 days: Sat 14 = 1, (15-23 off), 24-25 paused, 26 = 2, 27 = 3, Sat 28 = 4, Mon 2 Mar = 5.
    code, out, err = _run("projects", "due", "--class", "residential", "--accepted", "2026-02-13",
                          "--paused", "2026-02-24:2026-02-25:payment")
    assert (code, out, err) == (0, "total 2026-03-02\n", "")


def test_several_paused_spans_and_default_reason() -> None:
    # LV non-residential, 6 days, accepted Mon 2 Mar 2026; paused Tue 3 and Thu 5:
    # Wed 4 = 1, Fri 6 = 2, 9 = 3, 10 = 4, 11 = 5, 12 = 6.
    code, out, _ = _run("projects", "due", "--class", "lv-nonres", "--accepted", "2026-03-02",
                        "--paused", "2026-03-03:2026-03-03", "--paused", "2026-03-05:2026-03-05:customer_works")
    assert (code, out) == (0, "total 2026-03-12\n")


def test_unknown_year_warns_on_stderr_in_the_chosen_language() -> None:
    # 2 Mar 2099 is a Monday; plain weekends: 3-6 = 4, 9, 10 = 6.
    code, out, err = _run("projects", "due", "--class", "lv-nonres", "--accepted", "2099-03-02", "--lang", "en")
    assert (code, out) == (0, "total 2099-03-10\n")
    assert "2099" in err and "Monday–Friday" in err
    _, _, err_zh = _run("projects", "due", "--class", "lv-nonres", "--accepted", "2099-03-02")
    assert "2099" in err_zh and "周一至周五" in err_zh


@pytest.mark.parametrize(
    ("argv", "fragment_en", "fragment_zh"),
    [
        (["--class", "hv-triple", "--accepted", "2026-02-02"], "unknown project class 'hv-triple'", "未知项目类别"),
        (["--class", "hv-single", "--accepted", "2026-02-30"], "invalid date '2026-02-30'", "日期"),
        (["--class", "hv-single", "--accepted", "2026/02/02"], "invalid date '2026/02/02'", "日期"),
        (["--class", "hv-single", "--accepted", "2026-02-02", "--paused", "2026-03-05"], "invalid paused span",
         "暂停区间"),
        (["--class", "hv-single", "--accepted", "2026-02-02", "--paused", "2026-03-01:2026-03-02:holiday"],
         "invalid paused span", "暂停区间"),
        (["--class", "hv-single", "--accepted", "2026-02-02", "--paused", "2026-03-05:2026-03-04"],
         "ends before it starts", "早于"),
        (["--class", "hv-single", "--accepted", "1999-12-31"], "no time-limit table is in force on 1999-12-31",
         "没有生效"),
    ],
)
def test_bad_input_exits_2_with_a_readable_message(argv: list[str], fragment_en: str, fragment_zh: str) -> None:
    code, out, err = _run("projects", "due", *argv, "--lang", "en")
    assert (code, out) == (2, "")
    assert err.startswith("projects due: ") and fragment_en in err and "Traceback" not in err
    code, _, err = _run("projects", "due", *argv)
    assert code == 2 and fragment_zh in err


def test_unknown_class_lists_the_choices() -> None:
    _, _, err = _run("projects", "due", "--class", "HV", "--accepted", "2026-02-02", "--lang", "en")
    assert "hv-single, hv-dual, lv-nonres, residential, ev-charging" in err


def test_global_lang_before_the_command_is_kept() -> None:
    parser = argparse.ArgumentParser(prog="sunshine-console")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")  # as console/cli.py declares it
    projects.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--lang", "en", "projects", "due", "--class", "nope", "--accepted", "2026-02-02"])
    err = io.StringIO()
    assert args.handler(args, io.StringIO(), err) == 2
    assert "unknown project class 'nope'" in err.getvalue()


def test_missing_required_option_is_argparse_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        _run("projects", "due", "--class", "hv-single")
    assert info.value.code == 2
    assert "--accepted" in capsys.readouterr().err


def test_due_uses_the_centres_calendar_days_when_given_a_database(demo_db, capsys) -> None:  # type: ignore[no-untyped-def]
    """An admin-entered holiday in a year the library does not know moves the due date (2027 here)."""
    import datetime as dt

    from console.cli import main
    from console.core.models import CalendarOverride

    args = ["projects", "due", "--class", "residential", "--accepted", "2027-01-04"]
    assert main(args) == 0
    without = capsys.readouterr().out
    with demo_db.session_factory.begin() as s:
        s.add(CalendarOverride(day=dt.date(2027, 1, 5), is_workday=False, note="测试假日"))
    assert main([*args, "--db", demo_db.target.url]) == 0
    with_db = capsys.readouterr().out
    # 5 working days after Mon 4 Jan 2027 on plain weekdays: Mon 11 Jan; with Tue 5 Jan a holiday: Tue 12 Jan.
    assert "total 2027-01-11" in without
    assert "total 2027-01-12" in with_db
