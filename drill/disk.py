"""Step 4: the media folder (a small tmpfs, so the disk really fills up) full, then
read-only, during an upload through the admin and during a module pack's build, while a
visitor keeps reading pages. The upload gets a clear refusal, the pack the branded 503,
the pages keep coming; once the folder has room again both work, and no part-written
file is left behind."""

import json
import subprocess
import threading
from pathlib import Path

from drill.web import Browser, Probe, branded

UPLOAD = "/admin/documents/multiple/add/"
PDF = b"%PDF-1.4\n% Soleil drill\n" + b"0" * 4096 + b"\n%%EOF\n"


def mount_tmpfs(folder, megabytes):
    """A tmpfs of `megabytes` at `folder`; False when this machine does not allow it."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    command = ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(folder)]
    return subprocess.run(command, capture_output=True).returncode == 0


def unmount(folder):
    subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def remount(folder, mode):
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)


def fill(folder):
    """Write zeros until the folder's file system says it is full (ENOSPC)."""
    filler = Path(folder) / "drill-filler"
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(b"\0" * (1 << 20))
                out.flush()
        except OSError:
            pass
    return filler


def documents(folder):
    return sorted(p.name for p in (Path(folder) / "documents").glob("*") if p.is_file())


def try_upload_and_pack(editor, visitor_origin, pack, name):
    status, _headers, body = editor.upload(UPLOAD, f"drill-{name}.pdf", PDF)
    try:
        answer = json.loads(body)
    except ValueError:
        answer = {"success": None, "error_message": f"not JSON, status {status}"}
    pack_status, pack_headers, pack_body = Browser(visitor_origin).request(pack)
    return status, answer, pack_status, pack_headers, pack_body


def drill_disk(report, media, origin, site, password):
    editor = Browser(origin)
    editor.log_in("admin", password)
    probe = Probe(origin + site["story"], interval=0.2)
    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    before = documents(media)
    try:
        filler = fill(media)
        full = try_upload_and_pack(editor, origin, site["packs"][0], "full")
        filler.unlink()
        remount(media, "ro")
        try:
            read_only = try_upload_and_pack(editor, origin, site["packs"][1], "read-only")
        finally:
            remount(media, "rw")
        left_behind = sorted(set(documents(media)) - set(before))
        again = try_upload_and_pack(editor, origin, site["packs"][1], "again")
    finally:
        probe.running = False
        thread.join(15)
    for name, (status, answer, pack_status, headers, body) in (
        ("full (ENOSPC)", full),
        ("read-only (EROFS)", read_only),
    ):
        refused = status == 200 and answer.get("success") is False
        pack_ok = pack_status == 503 and branded(body) and headers.get("Retry-After")
        pack = f"{pack_status}, branded" if pack_ok else f"{pack_status}"
        report(
            "disk",
            f"media {name}: upload answered {status} “{answer.get('error_message', '')}”; "
            f"pack answered {pack}",
            ok=bool(refused and pack_ok),
        )
    status, answer, pack_status, _headers, _body = again
    report(
        "disk",
        f"room again: upload success={answer.get('success')}, pack {pack_status}; part-written "
        f"files left by the refused uploads: {left_behind or 'none'}",
        ok=answer.get("success") is True and pack_status == 200 and not left_behind,
    )
    served = sum(1 for a in probe.answers if a[2] == 200)
    report(
        "disk",
        f"pages meanwhile: {served} of {len(probe.answers)} served",
        ok=served == len(probe.answers) and served > 0,
    )
