"""Closed vocabularies of the domain (values are stored in the database; labels live in the UI)."""
from __future__ import annotations

import enum


class Role(str, enum.Enum):
    TEAM_LEAD = "team_lead"  # 团队负责人
    CUSTOMER_MANAGER = "customer_manager"  # 客户经理
    HALL_STAFF = "hall_staff"  # 营业厅人员
    FACILITATOR = "facilitator"  # 商会组织人
    ADMIN = "admin"  # 中心管理员
    KIOSK = "kiosk"  # 大厅自助终端（无人值守）


class Post(str, enum.Enum):
    """The five posts of a full-service team (全能型客户服务团队)."""

    CUSTOMER_MANAGER = "customer_manager"  # 客户经理
    METERING_INSTALLER = "metering_installer"  # 装表接电专责
    METER_TESTER = "meter_tester"  # 电能表检验检测辅助工
    BILLING = "billing"  # 电费核算专责
    SMART_ENERGY = "smart_energy"  # 智能用电专责
    WAREHOUSE_KEEPER = "warehouse_keeper"  # 库管员 (centre staff, not a team post)
    OPERATIONS = "operations"  # 运营部 staff


class Segment(str, enum.Enum):
    ORDINARY = "ordinary"  # 普通客户
    KEY_ACCOUNT = "key_account"  # 集团要客
    EV_CHARGING = "ev_charging"  # 充电设施专项客户


class KeyGrade(str, enum.Enum):
    SPECIAL = "special"  # 特级
    FIRST = "first"  # 一级
    SECOND = "second"  # 二级
    THIRD = "third"  # 三级


class ContactKind(str, enum.Enum):
    CALL = "call"  # 定期联络
    VISIT = "visit"  # 现场走访


class IntentionKind(str, enum.Enum):
    SUBSTITUTION = "substitution"  # 电能替代
    INTEGRATED = "integrated"  # 综合能源
    ADJUSTABLE_LOAD = "adjustable_load"  # 可调节负荷
    DISTRIBUTED_GEN = "distributed_gen"  # 分布式电源


class IntentionStatus(str, enum.Enum):
    NEW = "new"
    IN_RESERVE = "in_reserve"  # sent to 项目储备库
    CONVERTED = "converted"  # became a project
    DROPPED = "dropped"


class ProjectClass(str, enum.Enum):
    HV_SINGLE = "hv-single"  # 高压单电源
    HV_DUAL = "hv-dual"  # 高压双电源
    LV_NONRES = "lv-nonres"  # 低压非居民
    RESIDENTIAL = "residential"  # 居民
    EV_CHARGING = "ev-charging"  # 充电设施


class ProjectStatus(str, enum.Enum):
    IN_PROGRESS = "in_progress"
    POWERED_ON = "powered_on"  # 已送电（完成）
    CANCELLED = "cancelled"


class NodeKey(str, enum.Enum):
    """Internal nodes of a connection project, in order. LV/residential projects use a subset."""

    ACCEPTANCE = "acceptance"  # 申请受理
    SUPPLY_PLAN = "supply_plan"  # 供电方案答复
    DESIGN_REVIEW = "design_review"  # 设计审查
    INTERMEDIATE_INSPECTION = "intermediate_inspection"  # 中间检查
    COMPLETION_INSPECTION = "completion_inspection"  # 竣工检验
    CONNECTION = "connection"  # 装表接电


class PauseReason(str, enum.Enum):
    DOCUMENTS = "documents"  # 等待客户资料
    PAYMENT = "payment"  # 等待客户缴费
    CUSTOMER_WORKS = "customer_works"  # 客户自建工程


class ProjectFlagKind(str, enum.Enum):
    STALLED = "stalled"  # 长期停滞
    OPINION_RISK = "opinion_risk"  # 舆情风险
    BLOCKED = "blocked"  # 跨部门受阻
    GREEN_CHANNEL = "green_channel"  # 绿色通道
    NATIONAL_KEY = "national_key"  # 国家重点项目


class DocumentStage(str, enum.Enum):
    APPLICATION = "application"  # 申请时
    DESIGN = "design"  # 设计施工前
    COMPLETION = "completion"  # 竣工时


class PublicationKind(str, enum.Enum):
    """三公开: what was made public to the customer."""

    PLAN_CHOICE = "plan_choice"  # 供电方案确定依据
    PROGRESS = "progress"  # 进度节点及时间
    POWER_ON_PLAN = "power_on_plan"  # 验收送电计划及所需资料


class ItemCategory(str, enum.Enum):
    SAFETY_TOOL = "safety_tool"  # 安全工器具
    INSTRUMENT = "instrument"  # 仪器仪表
    SPARE_PART = "spare_part"  # 备品备件
    METER = "meter"  # 电能表
    CT = "ct"  # 互感器
    CABLE = "cable"  # 电缆
    CONSUMABLE = "consumable"  # 耗材


class Tracking(str, enum.Enum):
    INDIVIDUAL = "individual"  # one tag per asset (GIAI-96 / GRAI-96)
    COUNTED = "counted"  # stock counted by quantity (SGTIN-96)


class ItemStatus(str, enum.Enum):
    IN_STOCK = "in_stock"
    OUT = "out"
    IN_TEST = "in_test"
    RESERVED = "reserved"
    SCRAPPED = "scrapped"


class LocationKind(str, enum.Enum):
    WAREHOUSE = "warehouse"
    ZONE = "zone"
    SHELF = "shelf"


class MovementKind(str, enum.Enum):
    REGISTER = "register"  # 信息采集
    RECEIVE = "receive"  # 入库
    CHECK_OUT = "check_out"  # 领用
    RETURN = "return"  # 归还
    TEST = "test"  # 试验
    INSPECT = "inspect"  # 检查
    COUNT_ADJUST = "count_adjust"  # 盘点调整
    SCRAP = "scrap"  # 报废
    RESERVE = "reserve"  # 预留
    UNRESERVE = "unreserve"
    MOVE = "move"
    PORTAL_IN = "portal_in"  # 门禁读到入
    PORTAL_OUT = "portal_out"  # 门禁读到出


class KioskContentKind(str, enum.Enum):
    NOTICE = "notice"  # 公告
    COMMITMENT = "commitment"  # 服务承诺
    GUIDE = "guide"  # 办事指南
    SHOWCASE = "showcase"  # 综合能源案例
    PROMOTION = "promotion"  # 推广（光伏、充电、全电厨房）
    IMAGE = "image"
    PROJECT_BOARD = "project_board"  # 即将送电项目看板
    QR = "qr"


class MeetingStatus(str, enum.Enum):
    DRAFT = "draft"
    HELD = "held"
