"""Errors that end in a clear one-line message instead of a traceback."""


class ArmswatchError(Exception):
    """Base class: the message is meant for the user, on one line."""

    exit_code = 1


class InputError(ArmswatchError):
    """The input was read but is bad: unreadable, empty, encrypted, oversized, malformed."""


class UsageError(ArmswatchError):
    """The call itself is wrong (unknown state, weapon, treaty, option value)."""

    exit_code = 2


class StoreError(ArmswatchError):
    """The store cannot be opened or written."""
