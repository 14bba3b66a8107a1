"""The site folder: what one installation knows before it opens a database.

A site folder (``site/`` beside the executable, ``--site DIR`` or ``TOWERDESK_SITE``) holds ``site.ini``:

    [site]
    key = szbay-a            ; names the data folder: <user data>/TowerDesk/<key>/tower.db
    name = 深圳湾创新中心 A 座 ; offered by the first-run wizard
    address = ...
    phone = ...
    logo = logo.png          ; relative to the site folder

    [database]
    url = postgresql://desk@10.0.0.5:5432/tower   ; empty: the SQLite file in the site's data folder
                                                  ; a relative sqlite:/// path is taken from the site folder

    [printer.a4]             ; also [printer.a6] and [printer.label]
    name = HP LaserJet M404 ; empty: the system's default printer
    paper = auto            ; auto (the form's own size), A4, A5, A6, label62x100
    copies = 1
    offset_x_mm = 0         ; nudges the print on pre-printed paper or label stock (+ right, + down)
    offset_y_mm = 0

One desk's printer choices (Settings → 打印) go to ``printers.ini`` in the user's config folder for the
site and override the site folder's, so the site folder can stay read-only under Program Files.
"""
from __future__ import annotations

import configparser
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from services.errors import Problems, ValidationError

SITE_ENV = "TOWERDESK_SITE"
APP_DIR_NAME = "TowerDesk"
CONFIG_NAME = "site.ini"
PRINTERS_NAME = "printers.ini"

# form kind -> the page size (mm) its printouts have; a PDF's first page picks its kind.
FORM_KINDS: dict[str, tuple[float, float]] = {"a4": (210, 297), "a6": (105, 148), "label": (62, 100)}
PAPERS: dict[str, tuple[float, float] | None] = {
    "auto": None, "A4": (210, 297), "A5": (148, 210), "A6": (105, 148), "label62x100": (62, 100),
}
MAX_COPIES = 20
MAX_OFFSET_MM = 20.0
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


class SiteConfigError(Exception):
    """site.ini cannot be used: the message names the file and the line or setting."""


@dataclass(frozen=True)
class PrinterSetup:
    """How one form kind prints at this desk."""

    kind: str
    printer: str = ""  # "" = the system default printer
    paper: str = "auto"
    copies: int = 1
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0

    def paper_mm(self, page_mm: tuple[float, float]) -> tuple[float, float]:
        """The paper to print on: the chosen size turned the way the page is, or the form's own."""
        chosen = PAPERS[self.paper]
        if chosen is None:
            return page_mm
        short, long = sorted(chosen)
        return (long, short) if page_mm[0] > page_mm[1] else (short, long)


@dataclass(frozen=True)
class SiteConfig:
    folder: Path | None
    key: str = "default"
    name: str = ""
    address: str = ""
    phone: str = ""
    logo: Path | None = None
    db_url: str | None = None
    printers: dict[str, PrinterSetup] = field(default_factory=dict)

    def printer(self, kind: str) -> PrinterSetup:
        return self.printers.get(kind) or PrinterSetup(kind)


def find_site_folder(explicit: Path | None, executable_dir: Path | None) -> Path | None:
    """--site, else TOWERDESK_SITE, else ``site/`` beside a frozen executable; None when there is none."""
    if explicit is not None:
        return explicit
    if os.environ.get(SITE_ENV):
        return Path(os.environ[SITE_ENV])
    if executable_dir is not None and (executable_dir / "site" / CONFIG_NAME).is_file():
        return executable_dir / "site"
    return None


def form_kind_for(width_pt: float, height_pt: float) -> str:
    """Which form kind a page of this size is (A4 for anything unknown)."""
    w, h = sorted((width_pt * 25.4 / 72, height_pt * 25.4 / 72))
    for kind, (kw, kh) in FORM_KINDS.items():
        if abs(w - kw) < 2 and abs(h - kh) < 2:
            return kind
    return "a4"


def check_printer(setup: PrinterSetup) -> None:
    """Raise ValidationError naming the field for a paper, copy count or offset the desk cannot use."""
    problems = Problems()
    if setup.kind not in FORM_KINDS:
        problems.add("kind", "print.kind", kind=setup.kind)
    if setup.paper not in PAPERS:
        problems.add("paper", "print.paper", paper=setup.paper)
    if not 1 <= setup.copies <= MAX_COPIES:
        problems.add("copies", "print.copies", max=MAX_COPIES)
    for name in ("offset_x_mm", "offset_y_mm"):
        if abs(getattr(setup, name)) > MAX_OFFSET_MM:
            problems.add(name, "print.offset", max=MAX_OFFSET_MM)
    problems.raise_if_any()


def _printers_from(parser: configparser.ConfigParser, source: Path, base: dict[str, PrinterSetup]
                   ) -> dict[str, PrinterSetup]:
    printers = dict(base)
    for kind in FORM_KINDS:
        section = f"printer.{kind}"
        if not parser.has_section(section):
            continue
        s = parser[section]
        try:
            setup = PrinterSetup(kind, s.get("name", "").strip(), s.get("paper", "auto").strip() or "auto",
                                 s.getint("copies", 1), s.getfloat("offset_x_mm", 0.0), s.getfloat("offset_y_mm", 0.0))
            check_printer(setup)
        except (ValueError, ValidationError) as exc:
            raise SiteConfigError(f"{source} [{section}]：{exc}") from exc
        printers[kind] = setup
    return printers


def _read(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(inline_comment_prefixes=(";", "#"), interpolation=None)
    try:
        with path.open(encoding="utf-8-sig") as f:  # Notepad saves UTF-8 with a BOM
            parser.read_file(f)
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise SiteConfigError(f"{path} 格式有误：{exc}") from exc
    except OSError as exc:
        raise SiteConfigError(f"无法读取 {path}：{exc.strerror}") from exc
    return parser


def load_site_config(folder: Path | None, user_config_dir: Path | None = None) -> SiteConfig:
    """Read the site folder's site.ini (none: the defaults), then this desk's printer choices over it."""
    config = SiteConfig(None)
    if folder is not None:
        path = folder / CONFIG_NAME
        if not path.is_file():
            raise SiteConfigError(f"项目文件夹里没有 {CONFIG_NAME}：{folder}")
        parser = _read(path)
        site = parser["site"] if parser.has_section("site") else {}
        key = site.get("key", "").strip() or folder.resolve().name
        if not _KEY.match(key):
            raise SiteConfigError(f"{path} [site] key 只能用字母、数字、点、横线和下划线：{key}")
        logo = site.get("logo", "").strip()
        url = parser.get("database", "url", fallback="").strip() or None
        config = SiteConfig(folder, key, site.get("name", "").strip(), site.get("address", "").strip(),
                            site.get("phone", "").strip(), folder / logo if logo else None,
                            _resolve_url(url, folder), _printers_from(parser, path, {}))
    if user_config_dir is not None:
        override = printers_file(config, user_config_dir)
        if override.is_file():
            config = replace(config, printers=_printers_from(_read(override), override, config.printers))
    return config


def _resolve_url(url: str | None, folder: Path) -> str | None:
    """A relative SQLite path in site.ini is relative to the site folder, not to wherever the app was started."""
    prefix = "sqlite:///"
    if url and url.startswith(prefix) and not url.startswith(prefix + "/") and not re.match(r"^[A-Za-z]:", url[10:]):
        return prefix + str((folder / url[len(prefix):]).resolve())
    return url


def data_folder(config: SiteConfig, user_data_dir: Path) -> Path:
    """Where this site's SQLite file and backups live when site.ini names no database."""
    return user_data_dir if config.folder is None else user_data_dir / config.key


def printers_file(config: SiteConfig, user_config_dir: Path) -> Path:
    return (user_config_dir if config.folder is None else user_config_dir / config.key) / PRINTERS_NAME


def save_printer(config: SiteConfig, setup: PrinterSetup, user_config_dir: Path) -> SiteConfig:
    """Keep this desk's choice for one form kind (checked first); return the config with it in place."""
    check_printer(setup)
    path = printers_file(config, user_config_dir)
    parser = _read(path) if path.is_file() else configparser.ConfigParser(interpolation=None)
    section = f"printer.{setup.kind}"
    if not parser.has_section(section):
        parser.add_section(section)
    parser[section].update({"name": setup.printer, "paper": setup.paper, "copies": str(setup.copies),
                            "offset_x_mm": f"{setup.offset_x_mm:g}", "offset_y_mm": f"{setup.offset_y_mm:g}"})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as f:
        parser.write(f)
    tmp.replace(path)
    return replace(config, printers={**config.printers, setup.kind: setup})
