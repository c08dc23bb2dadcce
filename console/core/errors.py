"""Errors a person can act on.

Every error the core raises for a person to read is a :class:`ConsoleError`: a Chinese message template (the UI's
source language) with named parameters, so the desk can translate the template through Qt's translation files
and the headless commands can print it as it is. The message always says what to do next.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``text`` for translation in ``context`` without importing Qt (the core stays Qt-free)."""
    return text


class ConsoleError(Exception):
    """Base of errors shown to people; ``exit_code`` is what a headless command returns for it."""

    exit_code = 1
    template = QT_TRANSLATE_NOOP("errors", "操作失败：{detail}")

    def __init__(self, template: str | None = None, /, **params: object) -> None:
        self.template = template or type(self).template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return self.template


class ConfigError(ConsoleError):
    exit_code = 2


class BadDatabaseUrl(ConfigError):
    template = QT_TRANSLATE_NOOP(
        "errors", "数据库地址无法识别：{url}。请使用 sqlite:///路径 或 postgresql://用户@主机:端口/库名。"
    )


class DatabaseUnavailable(ConsoleError):
    exit_code = 3
    template = QT_TRANSLATE_NOOP(
        "errors", "无法连接数据库 {url}：{reason}。请确认数据库服务已启动、地址和权限正确，然后重试。"
    )


class DataDirNotWritable(ConsoleError):
    exit_code = 3
    template = QT_TRANSLATE_NOOP(
        "errors", "数据目录不可写：{path}。请检查权限，或用 --db 指定其他数据库位置。"
    )


class CorruptDatabase(ConsoleError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP(
        "errors", "数据库文件已损坏或不是本程序的数据库：{path}。文件未被修改；请从备份恢复，或用 --db 指定其他文件。"
    )


class SchemaTooNew(ConsoleError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP(
        "errors", "数据库由更新版本的程序创建（版本 {found}）。为避免数据损坏，未作任何修改；请升级本程序后再打开。"
    )


class AuthenticationFailed(ConsoleError):
    exit_code = 5
    template = QT_TRANSLATE_NOOP("errors", "用户名或密码错误，请重新输入。")


class AccountLocked(ConsoleError):
    exit_code = 5
    template = QT_TRANSLATE_NOOP("errors", "连续输错密码次数过多，账号已锁定至 {until}。请稍后再试或联系管理员。")


class PermissionDenied(ConsoleError):
    exit_code = 6
    template = QT_TRANSLATE_NOOP("errors", "当前角色（{role}）无权执行此操作：{action}。")


class NotFound(ConsoleError):
    exit_code = 7
    template = QT_TRANSLATE_NOOP("errors", "未找到{what}：{key}。")


class StaleEdit(ConsoleError):
    """Someone else saved the record after it was loaded; the edit was not written."""

    exit_code = 8
    template = QT_TRANSLATE_NOOP("errors", "{what}已被他人修改，您的更改未保存。请重新加载后再编辑。")


class ValidationFailed(ConsoleError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP("errors", "输入有误：{detail}")


# Names of things that fill {what} in messages, marked so the UI can translate them (context "entities").
ENTITY_NAMES = (
    QT_TRANSLATE_NOOP("entities", "记录"),
    QT_TRANSLATE_NOOP("entities", "客户"),
    QT_TRANSLATE_NOOP("entities", "联系人"),
    QT_TRANSLATE_NOOP("entities", "走访记录"),
    QT_TRANSLATE_NOOP("entities", "项目"),
    QT_TRANSLATE_NOOP("entities", "物资"),
    QT_TRANSLATE_NOOP("entities", "用户"),
    QT_TRANSLATE_NOOP("entities", "账号"),
    QT_TRANSLATE_NOOP("entities", "团队"),
    QT_TRANSLATE_NOOP("entities", "商会"),
    QT_TRANSLATE_NOOP("entities", "大厅屏内容"),
    QT_TRANSLATE_NOOP("entities", "规则表"),
)
