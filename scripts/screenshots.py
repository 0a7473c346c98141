"""Regenerate the README's screenshots: each view of the example corpus, in headless Chromium.

python3 scripts/screenshots.py        (needs scripts/install-browser.sh first)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from aikg import KnowledgeGraph
from aikg.visual.chromium import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parent.parent
VIEWS = {
    "view-graph.png": {},
    "view-focus.png": {"focus": "OpenAI"},
    "view-path.png": {"path": ("TikTok", "Azure")},
    "view-dependents.png": {"dependents": "Nvidia"},
}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        kg = KnowledgeGraph(Path(tmp) / "kg")
        report = kg.ingest([ROOT / "examples"])
        assert report.ok, report.failed
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            for name, options in VIEWS.items():
                html = kg.write_view(Path(tmp) / name.replace(".png", ".html"), **options)  # type: ignore[arg-type]
                page.goto(html.as_uri())
                page.wait_for_function("() => window.aikgReady === true", timeout=60_000)
                page.wait_for_timeout(500)
                page.screenshot(path=str(ROOT / "docs" / name))
                print(f"wrote docs/{name}")
            browser.close()


if __name__ == "__main__":
    main()
