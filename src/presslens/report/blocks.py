"""The document model of the written analysis: headings, paragraphs, bullet lists, figures, tables."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Heading:
    """A section heading (level 1 = title, 2 = section)."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    """Plain prose; every number in it was inserted from computed values."""

    text: str


@dataclass(frozen=True)
class Bullets:
    """A list of short statements (each a plain-text item, numbers inserted from computed values)."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Figure:
    """A figure of the result set: ``figures/NAME.{svg,pdf,png}`` and its caption."""

    name: str
    caption: str
    width: str = "80%"


@dataclass(frozen=True)
class Table:
    """A table to print, with its caption."""

    data: pd.DataFrame
    caption: str


Block = Heading | Paragraph | Bullets | Figure | Table
