"""An import-linter contract type: these packages never reach forbidden PySide6 modules.

import-linter's own ``forbidden`` contract can only forbid a whole external package
(``PySide6``), but the core layers may use ``PySide6.QtCore`` (QCoreApplication.translate)
and must not use ``PySide6.QtWidgets`` or ``PySide6.QtGui``. grimp records each import of
PySide6 with its source line, so this contract reads the submodule off that line, for every
module the source packages import directly or through other modules of the project.
Registered in ``.importlinter`` as ``qt_submodules``.
"""

from __future__ import annotations

import re

import grimp
from importlinter import Contract, ContractCheck, fields, output
from importlinter.domain import helpers

_EXTERNAL = "PySide6"


def forbidden_in_line(line: str, forbidden: set[str]) -> list[str]:
    """The forbidden PySide6 submodules an import statement's source line names."""
    names = set(re.findall(r"\bPySide6\.(\w+)", line))
    if match := re.match(r"\s*from\s+PySide6\s+import\s+\(?([\w\s,]+)", line):
        names |= {part.split()[0] for part in match.group(1).split(",") if part.strip()}
    return sorted(n for n in names if f"{_EXTERNAL}.{n}" in forbidden)


class QtSubmodulesContract(Contract):
    """source_modules must not import (directly or indirectly) any of forbidden_submodules."""

    type_name = "qt_submodules"

    source_modules = fields.ListField(subfield=fields.ModuleExpressionField())
    forbidden_submodules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        forbidden = set(self.forbidden_submodules)  # type: ignore[call-overload]
        sources = helpers.module_expressions_to_modules(
            graph,
            self.source_modules,  # type: ignore[arg-type]
            as_packages=True,
            raise_if_unmatched=True,
        )
        offending: dict[str, list[str]] = {}
        for module in graph.modules:
            if _EXTERNAL not in graph.find_modules_directly_imported_by(module):
                continue
            for detail in graph.get_import_details(importer=module, imported=_EXTERNAL):
                bad = forbidden_in_line(str(detail["line_contents"]), forbidden)
                if bad:
                    offending.setdefault(module, []).append(f"{detail['line_number']}: {bad}")
        # One report per offending module, with the shortest way a source module reaches it.
        violations = []
        for module in sorted(offending):
            chains = [
                (source,) if module == source else graph.find_shortest_chain(source, module)
                for source in sorted(m.name for m in sources)
            ]
            found = [c for c in chains if c]
            if found:
                chain = min(found, key=len)
                violations.append({"chain": list(chain), "lines": offending[module]})
        return ContractCheck(kept=not violations, metadata={"violations": violations})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for violation in check.metadata["violations"]:
            chain = " -> ".join(violation["chain"])
            output.print_error(f"{chain} imports {', '.join(violation['lines'])}", bold=False)
            output.new_line()
