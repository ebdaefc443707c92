"""Errors shared by the core modules."""


class Cancelled(Exception):
    """The user cancelled a long computation (a progress callback returned False)."""
