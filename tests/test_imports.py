"""The rule modules outside :mod:`kg.nlp.relations` import on their own, in a fresh interpreter.

``kg.nlp.relations`` imports them at its end so that their rules register. A module that takes a
*name* from another of them (``from kg.nlp.attendance import event_in``) then fails when a user,
a notebook or a doctest runner imports it first: the package runs while that module is half made.
Each is imported first in its own interpreter, as a user would.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kg" / "nlp" / "relations" / "__init__.py"


def rule_modules() -> list[str]:
    """The modules of ``kg.nlp`` that the relations package imports to register their rules."""
    tree = ast.parse(PACKAGE.read_text(encoding="utf-8"))
    return sorted(
        f"kg.nlp.{alias.name}"
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module == "kg.nlp"
        for alias in node.names
    )


def test_the_package_names_its_rule_modules():
    assert {"kg.nlp.attendance", "kg.nlp.investors", "kg.nlp.located_lists"} <= set(rule_modules())


@pytest.mark.parametrize("name", rule_modules())
def test_imports_first(name):
    done = subprocess.run([sys.executable, "-c", f"import {name}"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-1500:]
