"""The demo vault's content: an invented partnership and its case files (``caseconf demo``).

An application-level job above the services layer (see ``.importlinter``): it writes
records in bulk through the storage tables, and the command line and tools call it.
"""

from caseconf_desktop.demo.generator import (
    REFERENCE_PREFIX,
    generate,
    next_case_number,
    seed_glossary,
)

__all__ = ["REFERENCE_PREFIX", "generate", "next_case_number", "seed_glossary"]
