"""Every script of the web app parses as JavaScript (a redeclared name or a bad merge breaks
the whole page; this finds it without a browser)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

JS = Path(__file__).resolve().parents[1] / "src/newsweave/web/static/js"
SCRIPTS = sorted(JS.glob("*.js"))


def test_the_app_has_its_scripts() -> None:
    assert len(SCRIPTS) >= 10, SCRIPTS
    assert {"main.js", "evidence.js", "api.js"} <= {p.name for p in SCRIPTS}


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_script_parses_as_a_module(script: Path) -> None:
    done = subprocess.run(["node", "--input-type=module", "--check"],
                          input=script.read_text(encoding="utf-8"), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_a_redeclared_name_is_caught() -> None:
    done = subprocess.run(["node", "--input-type=module", "--check"],
                          input="function f(a) { const a = 1; return a; }\n",
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "already been declared" in done.stderr
