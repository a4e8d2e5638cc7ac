"""CaseConf: offline-first desktop application for multi-agency case conferences."""

__version__ = "0.1.0"
APP_ID = "eu.caseconf.CaseConf"
APP_NAME = "CaseConf"
ORG_NAME = "CaseConf"
