"""The desk shell: sign-in, navigation by role, status bar, remembered layout."""
from __future__ import annotations

from PySide6.QtCore import Qt

from console.core.demo.org_gen import DEMO_PASSWORD
from console.core.services.auth import AuthService
from console.login_dialog import LoginDialog
from console.main_window import MainWindow
from console.ui_settings import LAST_VIEW


def _shown_login(qtbot, demo_db, make_context):  # type: ignore[no-untyped-def]
    """A ready login window checking passwords against the demo database through the context's TaskRunner."""
    ctx = make_context(demo_db)

    def authenticate(user, password, ok, fail):  # type: ignore[no-untyped-def]
        ctx.tasks.run(lambda: AuthService(demo_db.session_factory).login(user, password), ok, fail)

    dialog = LoginDialog(authenticate, "lead.east")
    qtbot.addWidget(dialog)
    dialog.set_ready(True)
    dialog.show()
    return ctx, dialog


def test_login_dialog_signs_in_and_reports_a_wrong_password(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    ctx, dialog = _shown_login(qtbot, demo_db, make_context)
    qtbot.waitExposed(dialog)
    dialog.password_edit.setText("not-the-password")
    with qtbot.waitSignal(ctx.tasks.sig_busy_changed, check_params_cb=lambda b: not b, timeout=10_000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert "用户名或密码错误" in dialog.message.text()
    assert dialog.principal is None
    # After a wrong password the cursor is back in the password field, not on Cancel (Enter would quit).
    assert dialog.focusWidget() is dialog.password_edit
    dialog.password_edit.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.sig_logged_in, timeout=10_000) as signed_in:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert signed_in.args[0].username == "lead.east"
    assert dialog.result() == LoginDialog.DialogCode.Accepted.value


def test_navigation_follows_the_role(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    lead = MainWindow(make_context(demo_db, "lead.east"), "城东服务团队")
    qtbot.addWidget(lead)
    keys = [lead.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lead.nav.count())]
    assert "portfolio" in keys and "kiosk-content" not in keys
    hall = MainWindow(make_context(demo_db, "hall"))
    qtbot.addWidget(hall)
    hall_keys = [hall.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(hall.nav.count())]
    assert "kiosk-content" in hall_keys and "portfolio" not in hall_keys


def test_status_bar_and_remembered_view(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(demo_db, "lead.east")
    window = MainWindow(ctx, "城东服务团队")
    qtbot.addWidget(window)
    assert "城东团队负责人" in window.user_label.text()
    assert window.team_label.text() == "城东服务团队"
    assert "SQLite" in window.db_label.text() or "PostgreSQL" in window.db_label.text()
    window.show_view("projects")
    assert window.current_view() == "projects"
    assert ctx.settings.get(LAST_VIEW) == "projects"
    window.close()
    again = MainWindow(ctx, "城东服务团队")
    qtbot.addWidget(again)
    assert again.current_view() == "projects"


def test_keyboard_shortcuts_switch_views(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(make_context(demo_db, "admin"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.findChild(type(window.menuBar().actions()[0]), "action_view_warehouse").trigger()
    assert window.current_view() == "warehouse"


def test_dashboard_loads_team_figures(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from console.core.models import Customer, Project
    from console.core.models.enums import ProjectStatus
    from console.screens.dashboard import DashboardScreen

    ctx = make_context(demo_db, "lead.east")
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.status_bar.total() > 0, timeout=10_000)
    with demo_db.session_factory() as s:
        team = ctx.principal.team_id
        customers = s.scalar(select(func.count()).select_from(Customer).where(Customer.team_id == team))
        live = s.scalar(select(func.count()).select_from(Project).where(Project.team_id == team, Project.status == ProjectStatus.IN_PROGRESS))
    assert "普通客户" in screen.segment_chart._categories
    assert sum(screen.segment_chart._values) == customers  # only the lead's own team
    assert screen.status_bar.total() == live == sum(screen.class_chart._values)


def test_dashboard_overdue_tests_agree_with_the_warehouse_alerts(demo_db, make_context, demo_today) -> None:  # type: ignore[no-untyped-def]
    from console.core.services.dashboard import DashboardService
    from console.core.services.warehouse_alerts import TEST_OVERDUE, WarehouseAlerts

    ctx = make_context(demo_db, "lead.east")
    figures = DashboardService(demo_db.session_factory, ctx.principal).figures(demo_today)
    summary = WarehouseAlerts(demo_db.session_factory, ctx.principal).alerts(demo_today)
    assert figures.tools_test_overdue == summary.counts.get(TEST_OVERDUE, 0) > 0


def test_enter_in_an_active_login_window_signs_in_rather_than_cancelling(qtbot, demo_db, make_context) -> None:  # type: ignore[no-untyped-def]
    """Regression: the focused field was disabled while checking, focus fell to 取消 and the same Enter cancelled."""
    ctx, dialog = _shown_login(qtbot, demo_db, make_context)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.password_edit.setFocus()
    dialog.password_edit.setText(DEMO_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is not dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.waitUntil(lambda: dialog.principal is not None or not dialog.isVisible(), timeout=10_000)
    assert dialog.result() == LoginDialog.DialogCode.Accepted.value
