"""The dependency direction of DESIGN.md, checked on the import graph.

`lint-imports` (make lint, CI's lint step) checks the contracts in pyproject.toml; the
test suite runs them too. This module adds what a contract cannot say for all code at
once: no import cycle between any two first-party modules, lazy imports inside functions
included (grimp reads every import statement), except the cycles the contracts name as
deferred (their `ignore_imports`, each with its reason).
"""

import tomllib
from pathlib import Path

import grimp
import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[2]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def deferred_edges():
    """The imports the contracts ignore (with their reasons, in pyproject.toml) that are cycles."""
    edges = set()
    for contract in CONFIG["contracts"]:
        if contract["id"] in {"acyclic", "home-layers"}:
            for expression in contract.get("ignore_imports", []):
                importer, imported = (part.strip() for part in expression.split("->"))
                edges.add((importer, imported))
    return edges


def strongly_connected(graph, nodes, skip):
    """Tarjan's components (iteratively) of the graph without the `skip` edges, larger than one."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if (node, child) in skip:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle_between_first_party_modules():
    graph = grimp.build_graph(*CONFIG["root_packages"], cache_dir=None)
    cycles = strongly_connected(graph, sorted(graph.modules), deferred_edges())
    assert cycles == [], "import cycles (break them by moving the shared piece down a layer):\n" + "\n".join(
        " <-> ".join(cycle) for cycle in cycles
    )


def test_the_import_contracts_hold(capsys):
    """The contracts in pyproject.toml, as `lint-imports` checks them in CI's lint step: a
    violation also fails the test run, with import-linter's report in the failure."""
    exit_code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    assert exit_code == 0, capsys.readouterr().out
