"""The media folder, where a file appears under its name only once it is whole.

Django's `FileSystemStorage` writes an upload straight under its final name: when the
disk fills up or the folder turns read-only halfway (`ENOSPC`, `EDQUOT`, `EROFS`), the
first part stays there, under a name no row points to, and a module pack cut short looks
like a pack. Here the file is written under a hidden name of its own in the same folder
(`.partial-…`), removed if the write fails, and renamed to its final name once written
— a rename within one folder, so either the whole file is there or nothing is.

A file is never put over another one: if its name was taken meanwhile (two editors
uploading `guia.pdf` at once), the next free name is chosen, as Django does.

`STORAGES["default"]` with `MEDIA_STORAGE=local` (sse_site/settings/media_storage.py).
Object storage needs none of this: an object is stored whole or not at all.
"""

import contextlib
import os
import uuid

from django.core.files.move import file_move_safe
from django.core.files.storage import FileSystemStorage

PARTIAL_PREFIX = ".partial-"


class WholeFileStorage(FileSystemStorage):
    def _save(self, name, content):
        folder = os.path.dirname(name)
        partial = os.path.join(folder, f"{PARTIAL_PREFIX}{uuid.uuid4().hex}")
        try:
            partial = super()._save(partial, content)
        except BaseException:
            self.remove_partial(partial)
            raise
        try:
            return self.move_into_place(partial, name)
        finally:
            self.remove_partial(partial)

    def move_into_place(self, partial, name):
        while True:
            try:
                file_move_safe(self.path(partial), self.path(name), allow_overwrite=False)
            except FileExistsError:
                name = self.get_available_name(name)
            else:
                return name

    def remove_partial(self, partial):
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.path(partial))
