"""Simulated readers for demos without hardware, built from the warehouse as registered.

Each enabled door reader gets a simulated door where some in-stock tools walk out and back in (plus a few foreign
tags, which land in the quarantine); each shelf reader placed in a zone reads that zone's stock, minus a few items
so a stock count of the zone has something missing. The same seed gives the same demo.
"""
from __future__ import annotations

import random

from sqlalchemy import select

from console.core.devices.reader_service import SimulatedReader
from console.core.epc import giai96_for_asset
from console.core.models import Item, Reader
from console.core.models.enums import ItemStatus
from console.core.security import Permission, Principal, require
from console.core.services.base import SessionFactory, read_only
from console.core.services.warehouse_common import LocationTree

FOREIGN_PREFIX = "6909999"  # tags of someone else's assets (a contractor's, a supplier's pallet)


def simulated_readers(factory: SessionFactory, principal: Principal, seed: int = 7, door_tags: int = 40,
                      missing_share: float = 0.03) -> list[SimulatedReader]:
    require(principal, Permission.VIEW_WAREHOUSE)
    rng = random.Random(seed)
    with read_only(factory) as s:
        tree = LocationTree.load(s)
        readers = s.execute(select(Reader.name, Reader.location_id, Reader.is_portal, Reader.outer_antenna,
                                   Reader.inner_antenna).where(Reader.enabled.is_(True)).order_by(Reader.name)).all()
        stock = s.execute(select(Item.epc, Item.location_id).where(Item.status == ItemStatus.IN_STOCK)
                          .order_by(Item.id)).all()
    # Tools that walk through the door come from places no shelf reader watches, so the simulated shelves and
    # the simulated door never disagree about where a tag is.
    watched: set[int] = set()
    for _name, location_id, is_portal, _outer, _inner in readers:
        if not is_portal and location_id is not None:
            watched |= tree.subtree(location_id)
    sims: list[SimulatedReader] = []
    for n, (name, location_id, is_portal, outer, inner) in enumerate(readers):
        if is_portal and outer is not None and inner is not None and outer != inner:
            walkers = [epc for epc, loc in stock if loc not in watched]
            picked = rng.sample(walkers, min(door_tags, len(walkers)))
            foreign = [giai96_for_asset(FOREIGN_PREFIX, 1 + rng.randrange(10_000)).hex for _ in range(3)]
            shelves = tuple(a for a in (3, 4) if a not in (outer, inner))
            sims.append(SimulatedReader(name, tuple(picked + foreign), reads_per_s=20, portal=(outer, inner),
                                        shelf_antennas=shelves, pass_probability=0.05, seed=seed + n))
        elif location_id is not None:
            inside = tree.subtree(location_id)
            epcs = [epc for epc, loc in stock if loc in inside and rng.random() >= missing_share]
            if epcs:
                sims.append(SimulatedReader(name, tuple(epcs), reads_per_s=100, portal=(98, 99),
                                            shelf_antennas=(1, 2, 3, 4), pass_probability=0.0, seed=seed + n))
    return sims
