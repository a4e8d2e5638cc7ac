"""``python -m caseconf_desktop``."""

import sys

from caseconf_desktop.cli import main

sys.exit(main())
