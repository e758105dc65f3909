"""``values.json``: every number the written analysis quotes, stored by the code that computed it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from presslens.output import atomic_write_text


def _plain(value: Any) -> Any:
    """Convert numpy scalars and dates to JSON-ready Python values."""
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        value = value.item()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def load_values(output_dir: str | Path) -> dict[str, Any]:
    """The values recorded so far in ``output_dir/values.json`` (empty if none)."""
    path = Path(output_dir) / "values.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def record_values(output_dir: str | Path, section: str, values: dict[str, Any]) -> None:
    """Store ``values`` under ``section`` in ``output_dir/values.json`` (sorted, atomic)."""
    allv = load_values(output_dir)
    allv[section] = _plain(values)
    text = json.dumps(allv, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    atomic_write_text(Path(output_dir) / "values.json", text)
