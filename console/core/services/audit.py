"""Writing the audit log. Details are masked before they are stored: the log itself holds no personal data."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from console.core.masking import mask_free_text
from console.core.models import AuditEntry
from console.core.security import Principal


def _mask(value: Any) -> Any:
    if isinstance(value, str):
        return mask_free_text(value)
    if isinstance(value, dict):
        return {k: _mask(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_mask(v) for v in value]
    return value


def record(
    session: Session,
    principal: Principal | None,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
    **detail: Any,
) -> AuditEntry:
    entry = AuditEntry(
        user_id=principal.user_id if principal else None,
        username=principal.username if principal else "",
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=_mask(detail),
    )
    session.add(entry)
    return entry
