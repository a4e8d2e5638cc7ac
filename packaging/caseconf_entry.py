"""Entry point of the frozen application (PyInstaller)."""

import multiprocessing
import sys

from caseconf_desktop.cli import main

if __name__ == "__main__":
    # Long work (minutes, backups, bundles) runs in a spawned worker process
    # (services/worker.py); in a frozen app that child starts from this same executable.
    multiprocessing.freeze_support()
    sys.exit(main())
