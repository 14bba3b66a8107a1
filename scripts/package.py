"""Build the bundle with pyinstaller.spec and make one site's installable folder and archive.

    python scripts/package.py --site demo      ->  dist/TowerDesk-demo/ and dist/TowerDesk-demo-<version>-<os>.tar.gz
                                                   (.zip on Windows)
The same build serves every site; only the site folder (sites/<name>/, put beside the executable as site/)
differs.
"""
from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "sites"


def version() -> str:
    return re.search(r'^VERSION = "([^"]+)"', (ROOT / "main.py").read_text(encoding="utf-8"), re.M).group(1)


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller; return the one-folder bundle (dist/TowerDesk)."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(ROOT / "pyinstaller.spec")],
                   cwd=ROOT, check=True)
    return dist / "TowerDesk"


def package(site: str, dist: Path, work: Path) -> tuple[Path, Path]:
    """The site's folder (bundle + site/) and its archive."""
    site_dir = SITES / site
    if not (site_dir / "site.ini").is_file():
        known = ", ".join(sorted(p.name for p in SITES.iterdir() if (p / "site.ini").is_file()))
        raise SystemExit(f"no sites/{site}/site.ini (sites: {known})")
    bundle = build(dist / "bundle", work)
    target = dist / f"TowerDesk-{site}"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(bundle, target, symlinks=True)
    shutil.copytree(site_dir, target / "site")
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    stem = dist / f"TowerDesk-{site}-{version()}-{system}-{platform.machine().lower()}"
    archive = shutil.make_archive(str(stem), "zip" if system == "windows" else "gztar", dist, target.name)
    return target, Path(archive)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default="demo", help="a folder under sites/ (default: demo)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args()
    folder, archive = package(args.site, args.dist.resolve(), args.work.resolve())
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"{folder}  ({size / 1e6:.0f} MB)")
    print(f"{archive}  ({archive.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
