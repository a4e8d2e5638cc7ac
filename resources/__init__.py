"""Data files shipped with CaseConf (agenda templates, JSON Schema, glossary seed, fonts)."""
