"""How numbers are written in the analysis: one function per format, used everywhere."""

from __future__ import annotations


def integer(value: float) -> str:
    """``1234`` → ``"1,234"``."""
    return f"{int(round(value)):,}"


def decimal(value: float, places: int = 1) -> str:
    """``13.1059`` → ``"13.1"``.

    Parameters
    ----------
    value : float
        The number.
    places : int
        Decimal places.

    Returns
    -------
    str
    """
    return f"{value:.{places}f}"


def percent(share: float) -> str:
    """``0.6154`` → ``"62 %"`` (share of 1, rounded to a whole percent)."""
    return f"{100 * share:.0f} %"


def count_noun(n: int, singular: str, plural: str | None = None) -> str:
    """``(1, "quote")`` → ``"1 quote"``, ``(3, "quote")`` → ``"3 quotes"``, ``(0, "quote")`` → ``"no quotes"``.

    Parameters
    ----------
    n : int
        The count.
    singular : str
        The noun.
    plural : str, optional
        Its plural (default: ``singular`` + s).

    Returns
    -------
    str
    """
    return f"{integer(n) if n else 'no'} {singular if n == 1 else (plural or singular + 's')}"


def listing(items: list[str]) -> str:
    """``["a", "b", "c"]`` → ``"a, b and c"``."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
