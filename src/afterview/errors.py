"""The one error type a user may see: its message is shown as is, on one line, never a traceback."""


class AfterviewError(Exception):
    """A problem the user caused or can fix (bad file, data in use, newer data version …)."""
