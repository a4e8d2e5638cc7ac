"""ui.conference."""
