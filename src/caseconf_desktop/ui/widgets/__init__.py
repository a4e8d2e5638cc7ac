"""ui.widgets."""
