"""ui.dialogs."""
