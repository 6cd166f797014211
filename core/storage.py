"""The media folder, as Django's file storage, minus the part-written file a full disk
leaves.

Django's `FileSystemStorage` creates the file, then writes it chunk by chunk: when the
disk fills up in between (ENOSPC, EDQUOT), the error reaches the caller — the upload is
refused, the module pack answered 503 (core.unavailable) — but the file stays, cut short,
with no row pointing to it. Here it is removed before the error goes on. The name was
free when the write began (`get_available_name`, and the file is created exclusively),
so the file removed is the one this write created.
"""

import contextlib
import errno
import os

from django.core.files.storage import FileSystemStorage

DISK_FULL = {errno.ENOSPC, errno.EDQUOT}


class MediaFolderStorage(FileSystemStorage):
    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except OSError as error:
            if error.errno in DISK_FULL:
                with contextlib.suppress(FileNotFoundError):
                    os.remove(self.path(name))
            raise
