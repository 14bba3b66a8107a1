"""One page per area of the desk, shown in the main window's stack."""
