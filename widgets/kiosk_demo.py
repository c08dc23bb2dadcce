"""Realistic demo slides for the hall kiosk, and a renderer for screenshots of both orientations.

``python -m widgets.kiosk_demo OUTDIR`` (under ``QT_QPA_PLATFORM=offscreen``) writes one PNG per slide
for 1920×1080 and 1080×1920, so a change to the slide pages can be looked at before it reaches a hall.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from widgets.kiosk_slides import BoardRow, ShowcaseCase, Slide

FONT_PATH = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
LANDSCAPE = (1920, 1080)
PORTRAIT = (1080, 1920)


def demo_slides(today: dt.date | None = None) -> list[Slide]:
    today = today or dt.date.today()
    outage_day = today + dt.timedelta(days=7)  # planned outages are announced 7 days ahead
    return [
        Slide(
            id="commitment-hv",
            kind="commitment",
            title="业扩报装服务时限承诺",
            body="\n".join((
                "高压单电源供电方案答复不超过15个工作日",
                "高压双电源供电方案答复不超过30个工作日",
                "设计审查意见答复不超过10个工作日",
                "中间检查、竣工检验各不超过5个工作日",
                "装表接电不超过5个工作日",
                "低压非居民客户办电全过程不超过6个工作日，居民客户不超过5个工作日",
            )),
            accent="#00665e",
        ),
        Slide(
            id="promo-pv",
            kind="promotion",
            title="分布式光伏 · 屋顶也能发电",
            body="\n".join((
                "自发自用、余电上网，白天用自家的电，多余电量并网结算",
                "并网申请营业厅或“网上国网”App一站受理，接入服务全程免费",
                "客户经理上门勘查，协助评估屋顶条件与投资回收期",
            )),
            qr_text="https://www.95598.cn/",
            qr_caption="扫码预约上门勘查",
            accent="#c25e00",
            transition="slide",
        ),
        Slide(
            id="showcase-food",
            kind="showcase",
            title="食品加工企业 · 全电厨房与余热回收",
            data=ShowcaseCase(
                customer_type="工业客户（食品加工）",
                measures=(
                    "燃煤蒸汽锅炉改电锅炉，配蓄热罐利用低谷电蓄热",
                    "职工食堂燃气灶具改为全电厨房",
                    "空压机余热回收，供应生产清洗热水",
                    "接入能效管理平台，分时分区监测用能",
                ),
                savings_pct=23,
                note="年节约能源费用约 38 万元",
            ),
            accent="#1d5fa8",
        ),
        Slide(
            id="board",
            kind="project_board",
            title="近期送电项目",
            body="客户名称已部分隐去，详情请凭申请编号查询",
            data=tuple(
                BoardRow(name, step, today + dt.timedelta(days=days))
                for name, step, days in sorted((
                    ("杭州**食品有限公司", "装表接电", 2),
                    ("西湖区**实验学校", "装表接电", 3),
                    ("浙江**新材料科技有限公司", "工程实施", 6),
                    ("张*", "装表接电", 1),
                    ("余杭区**物流园", "工程实施", 9),
                    ("李**", "供电方案答复", 12),
                    ("滨江**产业园三期", "工程实施", 14),
                    ("王*", "装表接电", 4),
                    ("萧山**冷链仓储有限公司", "工程实施", 15),
                    ("拱墅区**社区卫生服务中心", "工程实施", 18),
                ), key=lambda row: row[2])
            ),
            accent="#00665e",
        ),
        Slide(
            id="guide-hv",
            kind="guide",
            title="高压新装 · 申请时请携带",
            body="\n".join((
                "用电申请书（用电地址、用电性质、容量、行业、期望接电时间、联系人）",
                "产权证明或租赁协议",
                "营业执照及法定代表人身份证明；委托办理的另附授权委托书",
                "项目批复（核准）文件、用电设备清单、用电区域平面图",
            )),
            qr_text="https://www.95598.cn/",
            accent="#5b3c99",
        ),
        Slide(
            id="outage",
            kind="notice",
            title="计划停电通知",
            body="\n".join((
                f"因10千伏线路检修，{outage_day.month}月{outage_day.day}日 8:00–17:00 文一路、学院路部分区域停电",
                "请相关客户提前做好准备，送电时间如有变化将另行通知",
                "供电服务热线 95598",
            )),
            accent="#b00020",
            transition="none",
        ),
    ]


def render_all(out_dir: Path) -> list[Path]:
    """Render every demo slide in both orientations plus the player frame; returns the files written."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from widgets.kiosk_player import KioskPlayer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    font_id = QFontDatabase.addApplicationFont(str(FONT_PATH))
    if font_id >= 0:
        app.setFont(QFont(QFontDatabase.applicationFontFamilies(font_id)[0]))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    slides = demo_slides(dt.date(2025, 6, 9))
    for name, (width, height) in (("land", LANDSCAPE), ("port", PORTRAIT)):
        player = KioskPlayer(transition_ms=0)
        player.resize(width, height)
        player.set_playlist(slides)
        player.set_stale(True, "数据更新于 10:32")
        for i, slide in enumerate(slides):
            if slide.id != player.current_slide_id:
                player.advance()
            frame = player.grab()
            for path in [out_dir / f"kiosk_{name}_{slide.id}.png"] + ([out_dir / f"kiosk_{name}.png"] if i == 0 else []):
                frame.save(str(path))
                written.append(path)
        player.deleteLater()
    return written


if __name__ == "__main__":
    for written_path in render_all(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp")):
        print(written_path)
