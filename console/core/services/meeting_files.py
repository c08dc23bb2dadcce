"""Writing the meeting pack to files: generated into place atomically, copies saved out and logged as exports.

Shared by the headless command and the desk (which runs these in a worker). ReportLab is imported on first use.
"""
from __future__ import annotations

import datetime as _dt
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from console.core.services.meetings import MeetingService

T = TypeVar("T")


@dataclass(frozen=True)
class PackFile:
    path: Path
    pages: int
    projects: int
    power_on_plans: int
    outline: tuple[str, ...]


def write_atomically(path: Path, write: Callable[[Path], T]) -> T:
    """Call ``write(tmp_path)`` on a temporary file next to ``path``, then move it into place: a failure never
    leaves half a file where a finished one is expected."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")  # the usual permissions, unlike mkstemp's 0600
    try:
        result = write(tmp)
        os.replace(tmp, path)
        return result
    finally:
        tmp.unlink(missing_ok=True)


def write_pack(service: MeetingService, meeting_id: int, today: _dt.date, out: Path) -> PackFile:
    """Build the pack's data and its PDF at ``out`` (not logged: a preview is not an export)."""
    from reports.service_day import build_service_day_pack

    pack = service.pack(meeting_id, today)
    info = write_atomically(out, lambda tmp: build_service_day_pack(pack, tmp))
    return PackFile(out, info.page_count, len(pack.projects), len(pack.power_on_plans), tuple(info.outline_titles))


def export_pack(service: MeetingService, meeting_id: int, today: _dt.date, out: Path) -> PackFile:
    pack = write_pack(service, meeting_id, today, out)
    service.log_export(meeting_id, out.name, pack.pages, pack.projects)
    return pack


def save_copy(service: MeetingService, meeting_id: int, pack: PackFile, target: Path) -> Path:
    """Save a generated pack under the name the user chose, and log the export."""
    write_atomically(target, lambda tmp: shutil.copyfile(pack.path, tmp))
    service.log_export(meeting_id, target.name, pack.pages, pack.projects)
    return target
