class BackupError(Exception):
    """A backup cannot be made or restored; the message says why and what to do.

    Raised before anything is changed wherever that can be known in advance: a
    damaged backup, a target that is not empty, a missing PostgreSQL client."""
