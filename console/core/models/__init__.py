"""All tables; importing this package registers every model on ``Base.metadata``."""
from console.core.models.audit import AuditEntry
from console.core.models.base import Base
from console.core.models.customers import (
    ChargingFacility,
    Complaint,
    Contact,
    Customer,
    ImportBatch,
    ImportBatchRow,
    Intention,
    ReserveEntry,
    SavedFilter,
    Visit,
)
from console.core.models.kiosk import Kiosk, KioskContent, KioskLookupAttempt, KioskSchedule, ProofOfPlay
from console.core.models.meetings import AgendaItem, Meeting, MeetingAttendee
from console.core.models.org import Centre, Staff, Team, UserAccount
from console.core.models.projects import (
    EnergyPlan,
    Project,
    ProjectDocument,
    ProjectEscalation,
    ProjectFlag,
    ProjectNode,
    ProjectNote,
    ProjectPause,
    ProjectPublication,
    SupplyPlan,
)
from console.core.models.rules import CalendarOverride, CentreSetting, TestIntervalRule, TimeLimitRule, TimeLimitTable
from console.core.models.warehouse import (
    Item,
    ItemType,
    Location,
    MaterialReservation,
    Movement,
    QuarantinedEpc,
    Reader,
    StockCount,
    StockCountSeen,
    TagReadRow,
    TestRecord,
)

__all__ = [name for name in dir() if name[:1].isupper()]
