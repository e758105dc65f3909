"""The package's import graph: no cycles, and no upward imports from the analysis layers."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

#: Modules the text analyses (stats, keywords, quotes, people, entities, …) must not import:
#: the drivers and outputs built on top of them.
UPPER = (
    "presslens.analysis",
    "presslens.analyses",
    "presslens.batch",
    "presslens.cli",
    "presslens.reproduce",
    "presslens.report",
    "presslens.figures",
    "presslens.paper_tables",
)
LOWER = (
    "presslens.stats",
    "presslens.keywords",
    "presslens.quotes",
    "presslens.people",
    "presslens.entities",
    "presslens.aliases",
    "presslens.segmentation",
    "presslens.article",
    "presslens.captions",
    "presslens.wire",
    "presslens.cache",
    "presslens.parse",
    "presslens.model",
    "presslens.decoding",
    "presslens.text_checks",
    "presslens.coref",
    "presslens.lexicon",
    "presslens.names",
    "presslens.person_mentions",
    "presslens.syntax",
)


def module_names() -> dict[str, Path]:
    out = {}
    for path in (SRC / "presslens").rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def import_graph() -> dict[str, set[str]]:
    """Module -> presslens modules it imports (anywhere in the file, function bodies included)."""
    modules = module_names()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(n)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and ast.unparse(block.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")
            for stmt in block.body
            for n in ast.walk(stmt)
        }  # never run
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, base]).strip(".")
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            else:
                continue
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                # importing a.b.c runs a/b/__init__.py first: an edge to each enclosing package too
                parents = [".".join(target.split(".")[:i]) for i in range(2, target.count(".") + 1)]
                for t in [target, *parents]:
                    if t and t != name and t != "presslens" and not name.startswith(t + "."):
                        graph[name].add(t)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a list of nodes, or None (depth-first search, three colours)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_graph_sees_the_package_init_an_import_runs():
    """`from presslens.quotes.counting import x` runs presslens/quotes/__init__.py: an edge to it; an
    import under ``if TYPE_CHECKING:`` never runs: no edge (people names Quote only in annotations)."""
    graph = import_graph()
    assert {"presslens.quotes.counting", "presslens.quotes"} <= graph["presslens.analysis"]
    assert not any(m.startswith("presslens.quotes") for m in graph["presslens.people"])


def test_find_cycle_finds_one_and_only_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_the_graph_sees_imports_inside_functions():
    graph = import_graph()
    assert "presslens.keywords.methods" in graph["presslens.keywords"]
    assert graph["presslens.analyses"]  # its imports are all inside functions


def test_no_import_cycle():
    assert find_cycle(import_graph()) is None


def test_analyses_do_not_import_their_drivers():
    upward = sorted(
        (name, target)
        for name, targets in import_graph().items()
        if name.startswith(LOWER)
        for target in targets
        if target.startswith(UPPER)
    )
    assert upward == []
