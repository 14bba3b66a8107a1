"""Every icon the app shows, named in one place (qtawesome Font Awesome 5 names)."""
from __future__ import annotations

from PySide6.QtGui import QIcon

ICONS = {
    "dashboard": "fa5s.tachometer-alt",
    "tenants": "fa5s.building",
    "units": "fa5s.door-open",
    "keys": "fa5s.key",
    "key": "fa5s.key",
    "lend": "fa5s.sign-out-alt",
    "give": "fa5s.hand-holding",
    "return": "fa5s.undo",
    "lost": "fa5s.exclamation-triangle",
    "map": "fa5s.th",
    "goods": "fa5s.truck-loading",
    "moves": "fa5s.people-carry",
    "move_in": "fa5s.sign-in-alt",
    "move_out": "fa5s.sign-out-alt",
    "step": "fa5s.check-circle",
    "scan": "fa5s.barcode",
    "settings": "fa5s.cog",
    "users": "fa5s.users-cog",
    "audit": "fa5s.history",
    "timeline": "fa5s.stream",  # a unit's or a tenant's history (履历)
    "add": "fa5s.plus",
    "edit": "fa5s.edit",
    "save": "fa5s.save",
    "print": "fa5s.print",
    "pdf": "fa5s.file-pdf",
    "reports": "fa5s.chart-bar",
    "excel": "fa5s.file-excel",
    "search": "fa5s.search",
    "import": "fa5s.file-import",
    "attach": "fa5s.paperclip",
    "void": "fa5s.ban",
    "open": "fa5s.folder-open",
    "logout": "fa5s.sign-out-alt",
    "password": "fa5s.key",
    "backup": "fa5s.database",
    "user": "fa5s.user",
    "site": "fa5s.city",
    "lock": "fa5s.lock",
    "refresh": "fa5s.sync-alt",
    "zoom_in": "fa5s.search-plus",
    "zoom_out": "fa5s.search-minus",
    "visitors": "fa5s.id-badge",
    "evacuation": "fa5s.running",
    "requests": "fa5s.headset",
    "callbacks": "fa5s.phone-volume",
    "dispatch": "fa5s.tools",
    "done": "fa5s.check",
    "pause": "fa5s.pause",
    "play": "fa5s.play",
    "escalate": "fa5s.level-up-alt",
    "reply": "fa5s.reply",
    "phone": "fa5s.phone",
    "rooms": "fa5s.chalkboard-teacher",
    "frontdesk": "fa5s.concierge-bell",
    "mail": "fa5s.box",
    "lend_item": "fa5s.umbrella",
    "lobbycheck": "fa5s.clipboard-list",
    "calendar": "fa5s.calendar-alt",
    "check_in": "fa5s.sign-in-alt",
    "approve": "fa5s.check",
    "finish": "fa5s.clipboard-check",
    "export": "fa5s.file-export",
    "prev": "fa5s.chevron-left",
    "next": "fa5s.chevron-right",
    "cancel": "fa5s.times",
    "fees": "fa5s.file-invoice-dollar",
    "fitout": "fa5s.hard-hat",
    "pay": "fa5s.money-bill-wave",
    "arrears": "fa5s.exclamation-circle",
    "meter": "fa5s.tachometer-alt",
    "deposit": "fa5s.piggy-bank",
    "contractors": "fa5s.broom",
    "surveys": "fa5s.poll",
    "notices": "fa5s.bullhorn",
    "services": "fa5s.hands-helping",
    "tenant_visits": "fa5s.handshake",
    "plan": "fa5s.tasks",
    "dutylog": "fa5s.book",
    "history": "fa5s.history",
}

# The colours every window uses, kept here so the login window need not load the icon font or the forms.
ACCENT = "#1f6feb"  # the one accent colour
ERROR_STYLE = "color: #c62828; font-size: 12px;"  # a refusal next to its field


def icon(name: str, color: str = "#3c4858") -> QIcon:
    """The named icon, drawn from the bundled icon font (no image files to ship)."""
    import qtawesome as qta  # loaded at the first icon, after the login window is up

    return qta.icon(ICONS[name], color=color)
