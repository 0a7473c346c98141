"""Where Debian's Chromium lives and how to start it headless on a machine with no network.

Shared by the browser tests, the view benchmark and the screenshot script. Without the
background-networking flags Chromium keeps trying to reach Google's services and fails noisily.
"""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
