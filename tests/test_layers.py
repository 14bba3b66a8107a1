"""Imports flow one way: services, models and printouts load no Qt, and nothing below ui imports ui."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_services_models_printouts_load_no_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        "import models, services, printouts\n"
        "for pkg in (models, services, printouts):\n"
        "    for info in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(f'{pkg.__name__}.{info.name}')\n"
        "qt = ('PySide6', 'shiboken6', 'qtawesome', 'qtpy', 'ui')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(len([m for m in sys.modules if m.startswith('services.')]), bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    count, bad = out.strip().split(" ", 1)
    assert int(count) >= 10  # the walk really imported the service modules
    assert bad == "[]"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_layers_import_downwards_only():
    rules = {
        "models": {"services", "printouts", "ui", "PySide6", "qtawesome"},
        "printouts": {"models", "services", "ui", "PySide6", "qtawesome"},
        "services": {"ui", "PySide6", "qtawesome"},
    }
    checked = 0
    for layer, forbidden in rules.items():
        for path in (ROOT / layer).rglob("*.py"):
            wrong = _imports(path) & forbidden
            assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"
            checked += 1
    assert checked >= 20
