"""Dialogs: login, password, the tenant form, the print preview, the set-up wizard."""
