"""One export schema for every table: native Arrow types for Parquet, one flattening rule for CSV.

Records (lists of dicts, as :meth:`presslens.analysis.ArticleAnalysis.records`
returns them) keep nested values as Python lists and dicts. Written to
Parquet, they keep them as Arrow ``list`` and ``struct`` columns: character
``spans`` as ``list<fixed_size_list<int64>[2]>``, ``mentions`` and the
article's ``warnings`` as ``list<string>``, the statistics' ``settings`` as a
``struct``; a metadata column's type is inferred from its values. Written to
CSV (a corpus run, the CLI, a notebook's ``tables/NAME.csv``), every cell
goes through :func:`csv_cell`: a list or dict becomes its JSON text, a
missing value an empty cell.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

#: Character offsets ``[start, end)`` into the file.
SPANS = pa.list_(pa.list_(pa.int64(), 2))
#: Types that do not depend on the data; every other column's type is inferred.
DECLARED_TYPES: dict[str, pa.DataType] = {
    "spans": SPANS,
    "mentions": pa.list_(pa.string()),
    "warnings": pa.list_(pa.string()),
}


def json_default(value: Any) -> Any:
    """``json.dumps``' ``default``: dates as ISO text, NumPy values as lists and numbers, tuples as lists.

    Parameters
    ----------
    value : object
        A value ``json`` cannot write itself.

    Returns
    -------
    object
    """
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "tolist"):  # numpy arrays and scalars (a DataFrame read from Parquet)
        return value.tolist()
    if isinstance(value, tuple):
        return list(value)
    return str(value)


def to_json(value: Any) -> str:
    """``value`` as compact-enough JSON text, non-ASCII kept (dates as ISO strings).

    Parameters
    ----------
    value : object
        A JSON-ready value (lists, dicts, strings, numbers, dates, NumPy arrays).

    Returns
    -------
    str
    """
    return json.dumps(json_ready(value), ensure_ascii=False, default=json_default, allow_nan=False)


def json_ready(value: Any) -> Any:
    """``value`` with every float NaN or infinity as ``None`` (JSON has no NaN: ``NaN`` is invalid JSON).

    Parameters
    ----------
    value : object
        A record, a list of records or one value.

    Returns
    -------
    object

    Examples
    --------
    >>> json_ready({"mtld": float("nan"), "n": [1.5, float("inf")]})
    {'mtld': None, 'n': [1.5, None]}
    """
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_ready(v) for v in value]
    return value


def _nested(value: Any) -> bool:
    return isinstance(value, (list, tuple, dict)) or bool(getattr(value, "ndim", 0))  # NumPy arrays too


def csv_cell(value: Any) -> Any:
    """The one rule that turns a record's value into a CSV cell.

    Lists, tuples, dicts and arrays become their JSON text (so a reader gets
    them back with ``json.loads``), ``None`` and NaN an empty cell, a date
    its ISO form; numbers and booleans are written as they are, and strings too, except that one
    starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` (a
    spreadsheet would run it as a formula: CSV injection, OWASP).

    Parameters
    ----------
    value : object
        One value of a record or a DataFrame cell.

    Returns
    -------
    object
        What the CSV writer writes.

    Examples
    --------
    >>> csv_cell(["US", "the United States"])
    '["US", "the United States"]'
    >>> csv_cell([[3, 8]]), csv_cell(None), csv_cell(float("nan")), csv_cell(2), csv_cell(-2)
    ('[[3, 8]]', '', '', 2, -2)
    >>> print(csv_cell("=1+1"), csv_cell("-2 cmd"), csv_cell("Leeds"))
    '=1+1 '-2 cmd Leeds
    """
    if value is None or (isinstance(value, float) and math.isnan(value)) or type(value).__name__ == "NAType":
        return ""
    if _nested(value):
        return to_json(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = frozenset("=+-@\t\r")


def flatten_frame(df):
    """A copy of ``df`` with the cells of its text columns passed through :func:`csv_cell`.

    Parameters
    ----------
    df : pandas.DataFrame
        A table whose cells may hold lists or dicts.

    Returns
    -------
    pandas.DataFrame
    """
    nested = [
        c
        for c in df.columns
        if (df[c].dtype == object or str(df[c].dtype) in ("string", "str"))
        and df[c].map(lambda v: _nested(v) or isinstance(v, str) and v[:1] in FORMULA_STARTS).any()
    ]
    return df.assign(**{c: df[c].map(csv_cell) for c in nested}) if nested else df


def infer_type(column: str, values: Iterable[Any]) -> pa.DataType:
    """The Arrow type of one column of one batch of records.

    Parameters
    ----------
    column : str
        The column's name (:data:`DECLARED_TYPES` fixes some).
    values : iterable
        Its values (``None`` for missing).

    Returns
    -------
    pyarrow.DataType
        The declared type, or Arrow's inference; ``string`` when the values
        have no common type (e.g. a metadata field that is a number in one
        record and a word in another).
    """
    if column in DECLARED_TYPES:
        return DECLARED_TYPES[column]
    try:
        return pa.array(list(values)).type
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        return pa.string()


def unify_types(a: pa.DataType, b: pa.DataType) -> pa.DataType:
    """One type for a column typed ``a`` in some records and ``b`` in others.

    Null gives way to any type, integers to floats, struct fields are merged;
    types with nothing in common fall back to ``string`` (the values written as
    JSON text, as in CSV).

    Parameters
    ----------
    a, b : pyarrow.DataType
        The column's types in two batches.

    Returns
    -------
    pyarrow.DataType

    Examples
    --------
    >>> unify_types(pa.int64(), pa.float64())
    DataType(double)
    >>> unify_types(pa.int64(), pa.string())
    DataType(string)
    """
    if a == b:
        return a
    try:
        merged = pa.unify_schemas([pa.schema([("c", a)]), pa.schema([("c", b)])], promote_options="permissive")
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return pa.string()
    return merged.field("c").type


def arrow_value(value: Any, type_: pa.DataType) -> Any:
    """``value`` made fit for a column of type ``type_`` (non-strings in a string column as JSON text).

    Parameters
    ----------
    value : object
        A record's value.
    type_ : pyarrow.DataType
        The column's type (:func:`unify_types` of all batches).

    Returns
    -------
    object
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if pa.types.is_string(type_) and not isinstance(value, str):
        return to_json(value) if isinstance(value, (list, tuple, dict)) else str(value)
    if pa.types.is_floating(type_) and isinstance(value, int):
        return float(value)
    return value
