"""Form helpers: a message next to each refused field, and calling a service the same way from every dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import DB_ERRORS
from services.errors import NotFound, PermissionDenied, StaleRecord, ValidationError
from ui.icons import ERROR_STYLE
from ui.messages import message

T = TypeVar("T")


class FieldErrors:
    """Marks the fields a service refused, with the reason right under each one; the typing stays."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def field(self, name: str, widget: QWidget) -> QWidget:
        """Wrap `widget` with an (empty, hidden) error line under it; return the wrapper to put in a layout."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self._fields[name] = (widget, label)
        return box

    def alias(self, name: str, shown_at: str) -> None:
        """Show the problems of field `name` at the field `shown_at` (one text box serving several actions)."""
        self._fields[name] = self._fields[shown_at]

    def forget(self, name: str) -> None:
        """Stop marking field `name` (its widget is going: a form that rebuilds its rows)."""
        self._fields.pop(name, None)

    def add_row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        form.addRow(label, self.field(name, widget))

    def clear(self) -> None:
        for widget, label in self._fields.values():
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
            label.clear()
            label.hide()

    def show(self, error: ValidationError) -> list[str]:
        """Put each problem next to its field; return the texts that had no field (for a summary)."""
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for problem in error.problems:
            text = message(problem.code, problem.params)
            # contacts[2].phone is shown at the contacts table, with the row number in the text.
            key = problem.field if problem.field in self._fields else problem.field.split("[")[0]
            if key not in self._fields:
                unplaced.append(text)
                continue
            if key != problem.field and "[" in problem.field:
                row = int(problem.field.split("[")[1].split("]")[0]) + 1
                text = QCoreApplication.translate("forms", "第 {row} 行：").format(row=row) + text
            widget, label = self._fields[key]
            widget.setProperty("invalid", True)
            widget.setStyleSheet("border: 1px solid #c62828;")
            label.setText(text if not label.text() else f"{label.text()}\n{text}")
            label.show()
            first = first or widget
        if first is not None:
            first.setFocus()
        return unplaced

    def text_of(self, name: str) -> str:
        """What the error line of a field says now ('' if none), for tests and summaries."""
        return self._fields[name][1].text() if name in self._fields else ""


def call_service(parent: QWidget, errors: FieldErrors | None, action: Callable[[], T]) -> T | None:
    """Run one service call; show a refusal the way the desk expects; None if it was refused."""
    try:
        result = action()
    except ValidationError as exc:
        unplaced = errors.show(exc) if errors else [message(p.code, p.params) for p in exc.problems]
        if unplaced:
            QMessageBox.warning(parent, QCoreApplication.translate("forms", "请检查输入"), "\n".join(unplaced))
        return None
    except PermissionDenied:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("forms", "没有权限"),
            QCoreApplication.translate("forms", "您的角色不能执行此操作，请联系主管。"),
        )
        return None
    except StaleRecord as exc:
        when = exc.changed_at.strftime("%Y-%m-%d %H:%M") if exc.changed_at else ""
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("forms", "记录已被他人修改"),
            QCoreApplication.translate(
                "forms",
                "{who} 在 {when} 修改了这条记录。您填写的内容仍保留在表单中；请关闭后重新打开，再把您的修改补上。",
            ).format(who=exc.changed_by or QCoreApplication.translate("forms", "另一位同事"), when=when),
        )
        return None
    except NotFound:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("forms", "找不到记录"),
            QCoreApplication.translate("forms", "这条记录已不存在。"),
        )
        return None
    except DB_ERRORS as exc:
        # Disk full, the file locked by another program, the server gone: nothing was saved (the
        # service's transaction rolled back), the typing stays, and the desk is told what to do.
        import models

        problem = models.explain_live(exc)
        if models.is_postgres():
            models.db.close()  # a broken connection is opened afresh at the next call
        QMessageBox.critical(parent, QCoreApplication.translate("forms", "数据库不可用，未保存"),
                             f"{problem.message}\n\n{problem.advice}")
        return None
    if errors:
        errors.clear()
    return result


def export_file(parent: QWidget, path: Path, make: Callable[[], bytes]) -> Path | None:
    """Write what a service renders (a workbook, a PDF) to the file the clerk chose; the path, or None when the
    service refused or the file could not be written (said in a message)."""
    data = call_service(parent, None, make)
    if data is None:
        return None
    try:
        path.write_bytes(data)
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("forms", "保存失败"),
                            QCoreApplication.translate("forms", "无法写入 {path}：{err}").format(
                                path=path, err=exc.strerror))
        return None
    return path


def named_line(name: str, placeholder: str = "") -> QLineEdit:
    """A line edit named for its input field (tests and FieldErrors find it by that name), with a hint."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def status_button_row(status: QLabel, *buttons: QPushButton) -> QHBoxLayout:
    """A form's bottom row: its status line on the left, its buttons on the right."""
    row = QHBoxLayout()
    row.addWidget(status, 1)
    for button in buttons:
        row.addWidget(button)
    return row


def save_cancel_dialog(dialog: QDialog, body: QWidget, save_text: str, icon_name: str, on_save) -> QPushButton:
    """Lay a small dialog out as its body over Save/Cancel; return the save button (wired to `on_save`)."""
    from ui.icons import icon

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setObjectName("save")
    save.setText(save_text)
    save.setIcon(icon(icon_name))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("forms", "取消"))
    save.clicked.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(12)
    layout.addWidget(body)
    layout.addWidget(buttons)
    return save


def push_button(text: str, icon_name: str = "", name: str = "",
                slot: Callable[[], object] | None = None) -> QPushButton:
    """A dialog button that Enter in a field does not press (a scanner's Enter must not save halfway)."""
    from ui.icons import icon

    button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
    if name:
        button.setObjectName(name)
    button.setAutoDefault(False)
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    return button


class ActionDialog(QDialog):
    """A small form whose one button runs a service: a refusal shown at the fields, the dialog closed when done.

    Subclasses fill `self.form` and call `finish(button text, icon, action)` last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self._action: Callable[[], object] | None = None

    def finish(self, save_text: str, icon_name: str, action: Callable[[], object]) -> None:
        self._action = action
        save_cancel_dialog(self, self.body, save_text, icon_name, self.save)

    def save(self) -> bool:
        action = self._action
        done = call_service(self, self.errors, lambda: action() or True) if action else None
        if done:
            self.accept()
        return bool(done)
