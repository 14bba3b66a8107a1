"""Tower Desk start-up: arguments, logging, database, then the GUI or a command that needs no screen."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

APP_NAME = "TowerDesk"
VERSION = "0.3.0"  # the bundle's version information reads it from here


def executable_dir() -> Path | None:
    """The folder of the packaged executable (its `site/` folder is the site's), None when run from source."""
    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None


def load_config(site_dir: Path | None):
    """The site folder's site.ini with this desk's printer choices over it (none: the defaults)."""
    from platformdirs import user_config_dir

    from services.site_config import SiteConfigError, find_site_folder, load_site_config

    try:
        return load_site_config(find_site_folder(site_dir, executable_dir()),
                                Path(user_config_dir(APP_NAME, appauthor=False)))
    except SiteConfigError as exc:
        raise CommandError(str(exc)) from exc


def data_dir(config) -> Path:
    """The site's data folder: the SQLite file, its backups and unprinted forms (per Windows user)."""
    from platformdirs import user_data_dir

    from services.site_config import data_folder

    return data_folder(config, Path(user_data_dir(APP_NAME, appauthor=False)))


def default_db_url(config=None) -> str:
    """site.ini's database, else the embedded SQLite file in the site's data folder."""
    from services.site_config import SiteConfig

    config = config or SiteConfig(None)
    return config.db_url or f"sqlite:///{data_dir(config) / 'tower.db'}"


def backup_dir_for(url: str) -> Path:
    from models import parse_url

    where = parse_url(url)
    assert where.path is not None
    return where.path.parent / "backups"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Tower Desk 楼宇客服台")
    parser.add_argument("--db", metavar="URL", help="sqlite:///path (default: the user's data folder) "
                        "or postgresql://user@host:port/db")
    parser.add_argument("--site", metavar="DIR", type=Path, help="the site folder with site.ini (default: "
                        "$TOWERDESK_SITE, or site/ beside the packaged program)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    # For CI and the start-up benchmark: show the login window (and log in with USER:PASSWORD), print the
    # times, exit.
    parser.add_argument("--smoke", metavar="login|USER:PASSWORD", default="", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="fill an empty database with the demo tower")
    demo.add_argument("--if-empty", action="store_true", help="do nothing (and succeed) if a site exists")
    samples = sub.add_parser("samples", help="render one PDF of every printout into DIR")
    samples.add_argument("dir", type=Path)
    sub.add_parser("purge-visitors", help="erase personal fields of visits older than the retention period")
    backup = sub.add_parser("backup", help="back the SQLite database up now")
    backup.add_argument("--to", type=Path, help="folder for the backup (default: backups beside the database)")
    sub.add_parser("check", help="run the full integrity check of the SQLite database now")
    restore = sub.add_parser("restore", help="replace the SQLite database with a checked backup FILE")
    restore.add_argument("file", type=Path)
    report = sub.add_parser("report", help="write the weekly, monthly or a range report to FILE (.pdf or .xlsx)")
    report.add_argument("kind", choices=("weekly", "monthly", "range"))
    report.add_argument("--period", required=True, help="2026-W47 (or any day of the week), 2026-11, "
                        "or 2026-11-01..2026-11-15")
    report.add_argument("--out", required=True, type=Path, metavar="FILE", help="FILE.pdf or FILE.xlsx")
    return parser


class CommandError(Exception):
    """A command failed in a way the user can act on: one line, non-zero exit."""


def _open(url: str, *, create: bool = True):
    import models

    if create:
        models.open_ready(url, backup_dir=backup_dir_for(url) if url.startswith("sqlite") else None)
    else:
        models.open_database(url)


def _site_admin():
    """The first site's admin, acting for commands run from the command line."""
    from models import Site, User
    from services.auth import actor_of

    site = Site.select().order_by(Site.id).first()
    if site is None:
        raise CommandError("数据库里还没有项目：先运行 `python main.py demo`，或启动程序完成首次设置。")
    admin = User.select().where((User.site == site) & (User.role == "admin") & User.active).order_by(User.id).first()
    if admin is None:
        raise CommandError("该项目没有可用的管理员账户。")
    return actor_of(admin)


def cmd_demo(url: str, args: argparse.Namespace) -> int:
    from services import demo

    _open(url)
    try:
        result = demo.fill_demo()
    except demo.NotEmpty:
        if args.if_empty:
            return 0
        raise CommandError("数据库不是空的：演示数据只填入空数据库（用 --db 指定一个新文件）。") from None
    print(f"演示项目已创建：{result.floors} 层，{result.units} 个单元，{result.tenants} 家业户；"
          f"{result.keys} 把钥匙（{result.key_movements} 条借还记录）；"
          f"{result.visits} 条来访（60 天），{result.preregs} 条预约，{result.watchlist} 人在禁入名单；"
          f"近 60 天 {result.requests} 单报修投诉；{result.rooms} 间会议室，{result.bookings} 条会议室预订；"
          f"{result.bills} 张账单，{result.payments} 笔收款；"
          f"{result.move_ins} 宗交楼、{result.move_outs} 宗退租办理中，{result.goods_passes} 张放行条；"
          f"{result.fitouts} 宗装修（{result.worker_passes} 张施工出入证），{result.contractors} 家外包单位"
          f"（{result.contractor_inspections} 次巡查）；{result.notices} 份公告，{result.service_orders} 张便民服务单，"
          f"{result.tenant_visits} 次业户走访（含计划）；"
          f"近 60 天 {result.mail_items} 件邮件快递，{result.loans} 次物品借用，{result.lobby_checks} 次大堂检查；"
          f"近 3 周 {result.duty_logs} 份值班日志；"
          f"一轮满意度调查（{result.survey_sheets} 份答卷）。")
    print("演示账户（用户名 / 密码）：")
    for username, password in result.passwords.items():
        print(f"  {username:<12} {password}")
    return 0


def cmd_samples(url: str, args: argparse.Namespace) -> int:
    from services.samples import render_samples

    _open(url)
    try:
        files, missing = render_samples(args.dir, by=_site_admin())
    except OSError as exc:
        raise CommandError(f"无法写入 {args.dir}：{exc.strerror}") from exc
    for path in files:
        print(path)
    for kind, why in missing.items():
        print(f"跳过 {kind}：{why}", file=sys.stderr)
    if not files:
        raise CommandError("没有可打印的数据：先运行 `python main.py demo`，或在程序里办理业务后再试。")
    return 0


def cmd_report(url: str, args: argparse.Namespace) -> int:
    from services import reports
    from services.errors import ValidationError

    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        raise CommandError(f"{args.out}：报表只能保存为 .pdf 或 .xlsx 文件。")
    _open(url)
    try:
        report = reports.report_for(args.kind, args.period, by=_site_admin())
    except ValidationError as exc:
        raise CommandError(f"期间“{args.period}”不对：{_period_hint(exc)}") from None
    try:
        reports.write_report(report, args.out)
    except OSError as exc:
        raise CommandError(f"无法写入 {args.out}：{exc.strerror}") from exc
    print(args.out)
    return 0


def _period_hint(exc) -> str:
    hints = {"report.period_weekly": "周报写 2026-W47，或该周内任一天如 2026-11-18",
             "report.period_monthly": "月报写 2026-11", "report.period_range": "期间写 2026-11-01..2026-11-15",
             "report.period_order": "结束日期早于开始日期", "report.period_long": "期间最长一年"}
    return "；".join(hints.get(p.code, p.code) for p in exc.problems)


def cmd_purge_visitors(url: str, args: argparse.Namespace) -> int:
    from services.visitor_log import purge

    _open(url)
    result = purge(by=_site_admin(), action="visitor.purge")
    print(f"已清除 {result.before:%Y-%m-%d} 之前 {result.visits} 条来访、{result.preregs} 条预约的个人信息"
          "（记录和统计数保留）。")
    return 0


def _sqlite_path(url: str) -> Path:
    from models import parse_url

    where = parse_url(url)
    if where.kind != "sqlite":
        raise CommandError("backup 和 restore 用于 SQLite 数据库；PostgreSQL 请用 pg_dump / pg_restore。")
    assert where.path is not None
    return where.path


def cmd_backup(url: str, args: argparse.Namespace) -> int:
    from services import backup

    path = _sqlite_path(url)
    if not path.exists():
        raise CommandError(f"数据库文件不存在：{path}")
    try:
        target = backup.backup_now(path, args.to or backup_dir_for(url))
    except backup.BackupError as exc:
        raise CommandError(str(exc)) from exc
    print(target)
    return 0


def cmd_check(url: str, args: argparse.Namespace) -> int:
    """The daily background check, on demand: SQLite's quick_check over every page."""
    from services import backup

    path = _sqlite_path(url)
    if not path.exists():
        raise CommandError(f"数据库文件不存在：{path}")
    verdict = backup.quick_check(path)
    if verdict != "ok":
        raise CommandError(f"数据库完整性检查未通过：{verdict[:300]}。请关闭所有客服台后从最近的完好备份恢复："
                           f"python main.py restore <备份文件>（备份在 {backup_dir_for(url)}）。")
    print(f"数据库完整性检查通过：{path}")
    return 0


def cmd_restore(url: str, args: argparse.Namespace) -> int:
    from services import backup

    path = _sqlite_path(url)
    try:
        kept = backup.restore(args.file, path)
    except backup.BackupError as exc:
        raise CommandError(str(exc)) from exc
    print(f"已从 {args.file} 恢复到 {path}" + (f"；原文件另存为 {kept}" if kept else ""))
    return 0


def has_display() -> bool:
    """Whether a window can be shown (Windows and macOS always; Linux needs X11 or Wayland, or a set platform)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(url: str, config, smoke: str = "") -> int:
    if not has_display():
        print("没有可用的显示器（未设置 DISPLAY）：请在桌面环境中运行，或用虚拟显示器：xvfb-run -a make run",
              file=sys.stderr)
        return 2
    from platformdirs import user_config_dir

    from ui.app import run
    from ui.printing import DeskPrinting

    printing = DeskPrinting(config, Path(user_config_dir(APP_NAME, appauthor=False)), data_dir(config) / "unprinted")
    return run(url, lambda: backup_dir_for(url) if url.startswith("sqlite") else None, smoke=smoke, printing=printing)


COMMANDS = {"demo": cmd_demo, "samples": cmd_samples, "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check,
            "purge-visitors": cmd_purge_visitors, "report": cmd_report}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        config = load_config(args.site)
        url = args.db or default_db_url(config)
        if args.command is None:
            # The login window comes up before the models load; the URL is read when the database opens.
            return run_gui(url, config, args.smoke)
        import models

        models.parse_url(url)
        return COMMANDS[args.command](url, args)
    except (ValueError, CommandError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        told = _database_trouble(exc)
        if told is None:
            raise
        print(f"错误：{told}", file=sys.stderr)
        return 3


def _database_trouble(exc: Exception) -> str | None:
    """What to tell of a database that could not be opened or used; None if `exc` is something else."""
    import models

    if isinstance(exc, models.DatabaseUnavailable):
        return str(exc)
    if isinstance(exc, models.DB_ERRORS):  # met while working: a damaged page, a full disk, the server gone
        return str(models.explain_live(exc))
    if isinstance(exc, RuntimeError):  # e.g. a database newer than this program
        return str(exc)
    return None


if __name__ == "__main__":
    sys.exit(main())
