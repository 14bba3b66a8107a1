"""Qt widgets: windows, pages, dialogs, table models and the print preview (nothing imports ui but main.py)."""
