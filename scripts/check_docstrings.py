"""Check numpydoc sections: every public function or method of two or more arguments documents them.

Run by ``make lint``. A function is public when neither it nor its module or class name starts
with ``_``. It needs a ``Parameters`` section naming each argument (``self``/``cls`` and ``*``
markers aside) and, unless it returns ``None``, a ``Returns`` (or ``Yields``) section.
Exit code 1 lists what is missing, one line per function.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "presslens"


def _arguments(fn: ast.FunctionDef) -> list[str]:
    a = fn.args
    names = [x.arg for x in (*a.posonlyargs, *a.args, *a.kwonlyargs)]
    names += [f"*{a.vararg.arg}"] if a.vararg else []
    names += [f"**{a.kwarg.arg}"] if a.kwarg else []
    return [n for n in names if n not in ("self", "cls")]


def _section(doc: str, title: str) -> str | None:
    m = re.search(rf"^\s*{title}\n\s*-{{{len(title)}}}\n(.*?)(?=^\s*\w[\w ]*\n\s*-{{3,}}\n|\Z)", doc, re.M | re.S)
    return m.group(1) if m else None


def _returns_value(fn: ast.FunctionDef) -> bool:
    if fn.returns is not None:
        return not (isinstance(fn.returns, ast.Constant) and fn.returns.value is None)
    return any(isinstance(n, ast.Return) and n.value is not None for n in ast.walk(fn))


def problems(path: Path) -> list[str]:
    """Missing numpydoc sections in one module, as ``path:line name: what``."""
    out = []
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef) and not child.name.startswith("_"):
                visit(child, f"{prefix}{child.name}.")
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if child.name.startswith("_") or any(
                    isinstance(d, ast.Name)
                    and d.id in ("property", "cached_property")
                    or isinstance(d, ast.Attribute)
                    and d.attr in ("setter", "component")
                    for d in child.decorator_list
                ):
                    continue
                args = _arguments(child)
                if len(args) < 2:
                    continue
                doc = ast.get_docstring(child) or ""
                where = f"{path.relative_to(ROOT)}:{child.lineno} {prefix}{child.name}"
                params = _section(doc, "Parameters")
                if params is None:
                    out.append(f"{where}: no Parameters section")
                else:
                    documented = {
                        name.strip()
                        for entry in re.findall(
                            r"^\s*(\*{0,2}\w+(?:\s*,\s*\*{0,2}\w+)*)\s*(?::.*)?$", params, re.M
                        )
                        for name in entry.split(",")
                    }
                    missing = [a for a in args if a not in documented and a.lstrip("*") not in documented]
                    if missing:
                        out.append(f"{where}: Parameters lacks {', '.join(missing)}")
                if _returns_value(child) and _section(doc, "Returns") is None and _section(doc, "Yields") is None:
                    out.append(f"{where}: no Returns section")

    visit(tree, "")
    return out


def checked_files(package: Path = PACKAGE) -> list[Path]:
    """The modules checked: every one of the package but private ones (``_porter.py``, vendored)."""
    return [
        path
        for path in sorted(package.rglob("*.py"))
        if not any(part.startswith("_") and part != "__init__.py" for part in path.relative_to(package).parts)
    ]


def main() -> int:
    found = [p for path in checked_files() for p in problems(path)]
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} public functions lack numpydoc sections", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
