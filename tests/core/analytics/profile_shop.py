"""A small shop whose profile figures can be worked out by hand (shared by the analytics tests)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from segmentdesk.core.data.dataset import Dataset, build_dataset

AS_OF = dt.date(2026, 11, 1)
N = 40


def shop(*, gender: bool = True, orders: bool = True, consent: bool = True) -> Dataset:
    """40 customers: 0–19 in Uusimaa (0–9 also in Helsinki), 20–39 in Pirkanmaa; even ones women; born
    so that customer i is 20 + i years old at AS_OF; every fourth has no interests, the rest
    ``jooga`` (0–19) or ``kahvi`` (20–39); consent for all but 30–39.  Customer i has i % 3 + 1
    orders of 10 € × (i + 1) each, the last one i days before AS_OF; category Kahvi, plus Jooga for 0–19."""
    ids = [str(i) for i in range(N)]
    frame = pd.DataFrame({
        "id": ids,
        "email": [f"c{i}@example.fi" for i in range(N)],
        "region": ["Uusimaa"] * 20 + ["Pirkanmaa"] * 20,
        "city": ["Helsinki"] * 10 + ["Espoo"] * 10 + ["Tampere"] * 20,
        "birth": [f"{2006 - i}-06-01" for i in range(N)],
        "interests": [None if i % 4 == 3 else ("jooga" if i < 20 else "kahvi") for i in range(N)],
    })
    roles = {"customer_id": "id", "email": "email", "region": "region", "city": "city", "birth_date": "birth",
             "interests": "interests"}
    if gender:
        frame["gender"] = ["Nainen" if i % 2 == 0 else "Mies" for i in range(N)]
        roles["gender"] = "gender"
    if consent:
        frame["consent"] = ["kyllä"] * 30 + ["ei"] * 10
        roles["consent_email"] = "consent"
    if not orders:
        return build_dataset(frame, roles)
    rows = []
    for i in range(N):
        for k in range(i % 3 + 1):
            day = AS_OF - dt.timedelta(days=i + 10 * k)
            rows.append((f"{i}-{k}", str(i), day.isoformat(), 10.0 * (i + 1), "Kahvi"))
        if i < 20:
            rows.append((f"{i}-j", str(i), (AS_OF - dt.timedelta(days=i + 5)).isoformat(), 10.0 * (i + 1), "Jooga"))
    order_frame = pd.DataFrame(rows, columns=["order", "customer", "date", "amount", "category"])
    return build_dataset(frame, roles, order_frame, {"order_id": "order", "customer_ref": "customer",
                                                     "order_date": "date", "amount": "amount",
                                                     "category": "category"})


def mask(positions) -> np.ndarray:
    out = np.zeros(N, dtype=bool)
    out[list(positions)] = True
    return out
