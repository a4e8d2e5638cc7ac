"""Package discovery, the one build setting pyproject.toml cannot express.

Everything else about the build is declared in pyproject.toml. ``[tool.setuptools.packages.find]``
only finds folders under its ``where`` and names them after their path, but resources/ sits at
the top of the repository and installs as ``caseconf_desktop.resources`` (see ``package-dir``
in pyproject.toml). So both trees are searched here, with namespace discovery: every folder is
a package, including the resource folders without an ``__init__.py`` (fonts, icons, templates,
translations), which setuptools would otherwise warn about and leave out.
"""

import warnings

from setuptools import find_namespace_packages, setup
from setuptools.warnings import InformationOnly

# The resources/ mapping makes an editable install use a meta path finder, after which
# setuptools prints a note on every `make` set-up that only concerns flat layouts (a folder
# named caseconf_desktop in the working directory); this src layout has none.
warnings.filterwarnings("ignore", "Editable installation", InformationOnly)

RESOURCES = "caseconf_desktop.resources"
NOT_PACKAGES = ["*__pycache__*", "*.egg-info"]

setup(
    packages=[
        *find_namespace_packages("src", include=["caseconf_desktop*"], exclude=NOT_PACKAGES),
        RESOURCES,
        *(f"{RESOURCES}.{p}" for p in find_namespace_packages("resources", exclude=NOT_PACKAGES)),
    ]
)
