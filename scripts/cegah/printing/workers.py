"""Worker processes for drawing: they end with the process that started them."""

from __future__ import annotations

import os
import threading
import time


def watch_parent(parent: int) -> None:
    """In each worker: exit as soon as the process that started it is gone (a SIGKILL of
    `cegah print` leaves no worker drawing for nobody)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
