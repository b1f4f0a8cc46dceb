"""The one error type the CLI turns into a one-line message, and the exit codes it uses.

Exit codes (docs/robustness.md):
  0   every input was stored (or was already stored)
  1   an error; nothing was written (also: every input of a batch was skipped)
  3   the batch was stored but some inputs were skipped, each listed on stderr
      (like rsync's "partial transfer")
  130 interrupted (Ctrl-C)
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_PARTIAL = 3
EXIT_INTERRUPTED = 130


class TrackerError(Exception):
    """A problem with the user's input or environment, stated in one line."""


def is_interrupt(exc: BaseException) -> bool:
    """Whether `exc` is Ctrl-C, as Python or as DuckDB reports it ("Query interrupted").

    DuckDB turns a SIGINT that arrives while a query runs into its own exception
    (InterruptException, or a RuntimeError saying so) instead of KeyboardInterrupt.
    """
    if isinstance(exc, KeyboardInterrupt):
        return True
    if type(exc).__name__ == "InterruptException":
        return True
    return isinstance(exc, RuntimeError) and "interrupted" in str(exc).lower()
