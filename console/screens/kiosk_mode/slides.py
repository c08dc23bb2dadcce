"""Content records → the player's slides, in the kiosk's current language.

Shared by the kiosk and the desk's preview, so the preview is the kiosk's own rendering, not a look-alike.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from console.core.services.kiosk_records import BoardLine, ContentRecord, PlaylistNow
from console.screens.kiosk_mode.labels import step_label
from widgets.kiosk_player import KioskPlayer
from widgets.kiosk_slides import BoardRow, ShowcaseCase, Slide, TextSlidePage
from widgets.kiosk_special import ShowcasePage

ACCENTS = {
    "notice": "#1f4e79", "commitment": "#00665e", "guide": "#5b3c99", "showcase": "#1d5fa8",
    "promotion": "#c25e00", "project_board": "#00665e", "qr": "#00665e", "image": "#00665e",
}
TAKEOVER_ACCENT = "#b00020"
WELCOME_ID = "welcome"


def showcase_case(record: ContentRecord, lang: str) -> ShowcaseCase | None:
    """The case card in ``lang``; None in English when the case has no English figures (a text slide instead)."""
    facts = record.showcase()
    if facts is None or facts.saving_pct is None:
        return None
    if lang == "en":
        if not facts.customer_type_en:
            return None
        return ShowcaseCase(facts.customer_type_en, facts.measures_en, facts.saving_pct, facts.note_en)
    return ShowcaseCase(facts.customer_type, facts.measures, facts.saving_pct, facts.note)


def board_rows(board: Sequence[BoardLine], today: _dt.date) -> tuple[BoardRow, ...]:
    return tuple(BoardRow(b.masked_name, step_label(b.step), b.power_on_plan_date)
                 for b in board if b.power_on_plan_date >= today)


def slide_of(record: ContentRecord, lang: str, board: Sequence[BoardLine], today: _dt.date) -> Slide:
    title, body = record.text(lang)
    data: object = None
    if record.kind == "project_board":
        data = board_rows(board, today)
        if not body:
            body = QCoreApplication.translate("Kiosk", "客户名称已部分隐去，详情请凭申请编号查询")
    elif record.kind == "showcase":
        data = showcase_case(record, lang)
    return Slide(
        id=str(record.id), kind=record.kind, title=title, body=body, image_path=record.image_path or None,
        qr_text=record.qr_text or None, duration_ms=max(1, record.duration_s) * 1000,
        transition=record.transition if record.transition in ("fade", "slide", "none") else "fade",  # type: ignore[arg-type]
        accent=TAKEOVER_ACCENT if record.takeover else ACCENTS.get(record.kind, ACCENTS["notice"]), data=data,
    )


def welcome_slide() -> Slide:
    """What an empty playlist shows: never a blank screen in a public hall."""
    return Slide(WELCOME_ID, "commitment", QCoreApplication.translate("Kiosk", "欢迎光临 阳光服务"),
                 QCoreApplication.translate("Kiosk", "业扩进度可在本机查询，请点击“业扩进度查询”\n供电服务热线 95598"),
                 duration_ms=60_000)


@dataclass(frozen=True)
class SlideSet:
    loop: tuple[Slide, ...]
    takeover: Slide | None


def slide_set(now: PlaylistNow, lang: str, board: Sequence[BoardLine], today: _dt.date) -> SlideSet:
    loop = tuple(slide_of(now.records[i.id], lang, board, today) for i in now.playlist.items_in_order)
    takeover = now.playlist.takeover
    return SlideSet(loop or (welcome_slide(),),
                    slide_of(now.records[takeover.id], lang, board, today) if takeover is not None else None)


def _showcase_factory(slide: Slide, parent: QWidget) -> QWidget:
    if isinstance(slide.data, ShowcaseCase):
        return ShowcasePage(slide, parent)
    return TextSlidePage(slide, parent)


def prepare_player(player: KioskPlayer) -> KioskPlayer:
    """A showcase without figures in the shown language plays as an ordinary text slide."""
    player.register_factory("showcase", _showcase_factory)
    return player
