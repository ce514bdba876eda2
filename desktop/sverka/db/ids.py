"""Row ids: random (version 4) UUID strings. Apart from the models so that a worker process
that prepares import rows (sverka.ops.ingest.prepare) makes them without loading SQLAlchemy."""

from __future__ import annotations

import os
import uuid


def new_id() -> str:
    return str(uuid.uuid4())


def new_ids(count: int) -> list[str]:
    """``count`` random (version 4) UUID strings, ~4x faster than ``str(uuid.uuid4())`` each."""
    raw = os.urandom(16 * count).hex()
    out = []
    for i in range(0, 32 * count, 32):
        h = raw[i : i + 32]
        variant = "89ab"[int(h[16], 16) & 3]
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:]}")
    return out
