"""The house's figures (issue: content loaded once, no cycles, short modules, a warm build
close to one plain MkDocs build): parses per `cegah build`, import cycles, the longest module,
and a warm `cegah build` against a plain `mkdocs build` of the same project, as a ratio of
medians measured in the same run."""

from __future__ import annotations

import ast
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from cegah.commands.build import build_all
from cegah.content import load, yamlfile
from cegah.project import Project

PACKAGE = Path(__file__).resolve().parents[2] / "scripts" / "cegah"
RUNS = 3


def parses_per_build(project: Project, target: Path) -> Counter[str]:
    """How often each file is parsed by one whole build (site, print, offline bundle)."""
    counts: Counter[str] = Counter()
    real = yamlfile.parse_yaml

    def counting(text, file, line_offset=0):
        counts[file] += 1
        return real(text, file, line_offset)

    yamlfile.parse_yaml = load.parse_yaml = counting
    try:
        build_all(Project(project.root), target)
    finally:
        yamlfile.parse_yaml = load.parse_yaml = real
    return counts


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports at module level (not inside functions)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("cegah"):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    targets.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                targets |= {a.name for a in node.names if a.name.startswith("cegah")}
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Import cycles between modules (a package's __init__ importing its children aside)."""
    found, state = [], {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if nxt.startswith(node + "."):
                continue  # a package re-exporting its own modules is not a cycle
            if state.get(nxt) == "open":
                found.append(path[path.index(nxt) :] + [nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def longest_module() -> tuple[int, str]:
    return max(
        (len(p.read_text(encoding="utf-8").splitlines()), p.relative_to(PACKAGE).as_posix())
        for p in PACKAGE.rglob("*.py")
    )


def _run(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def warm_build_ratio(project: Project, work: Path) -> tuple[float, float]:
    """Medians of a warm `cegah build` and a plain `mkdocs build`, interleaved."""
    bin_dir = Path(sys.executable).parent
    cegah = [str(bin_dir / "cegah"), "build", "--out", str(work / "cegah")]
    mkdocs = [str(bin_dir / "mkdocs"), "build", "-q", "-d", str(work / "mkdocs")]
    _run(cegah, project.root)  # fills the print cache
    ours, plain = [], []
    for _ in range(RUNS):
        ours.append(_run(cegah, project.root))
        plain.append(_run(mkdocs, project.root))
    return statistics.median(ours), statistics.median(plain)


def house_figures(project: Project) -> list[str]:
    lines = ["House:"]
    with tempfile.TemporaryDirectory(prefix="cegah-bench-house-") as folder:
        work = Path(folder)
        counts = parses_per_build(project, work / "parsed")
        content = {f: n for f, n in counts.items() if not f.startswith("scripts/")}
        twice = sorted(f for f, n in content.items() if n > 1)
        lines.append(
            f"  parses per cegah build: {sum(content.values())} for {len(content)} content files"
            f" (goal: each once){'; more than once: ' + ', '.join(twice) if twice else ''}"
        )
        found = cycles(import_graph())
        lines.append(f"  import cycles: {len(found)} (goal: 0) {found[:3] if found else ''}")
        length, name = longest_module()
        lines.append(f"  longest module: {name}, {length} lines (goal: at most 300)")
        ours, plain = warm_build_ratio(project, work)
        lines.append(
            f"  warm cegah build {ours:.2f} s / plain mkdocs build {plain:.2f} s ="
            f" {ours / plain:.2f} (goal: at most 1.6)"
        )
    return lines
