"""A Dataset's index owns every cache built over it: one per Dataset, built by warm-up with progress."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.data.fields import field_values, find_field
from segmentdesk.core.segments.evaluate import warm_up
from segmentdesk.core.tasks import Progress

AS_OF = dt.date(2025, 7, 1)


def shop():
    customers = pd.DataFrame({"Nro": ["1", "2", "3"], "Kaupunki": ["Oulu", " oulu", "Turku"],
                              "Kiinnostus": ["jooga; juoksu", "Jooga", None],
                              "Syntynyt": ["1.1.1990", "2.7.1985", None]}, dtype=object)
    orders = pd.DataFrame({"Tilaus": ["T1", "T2"], "Asiakas": ["1", "2"], "Pvm": ["1.6.2025", "2.6.2025"],
                           "Summa": ["10", "20"], "Ryhmä": ["Jooga", "Tee"]}, dtype=object)
    return build_dataset(customers, {"customer_id": "Nro", "city": "Kaupunki", "interests": "Kiinnostus",
                                     "birth_date": "Syntynyt"},
                         orders, {"order_id": "Tilaus", "customer_ref": "Asiakas", "order_date": "Pvm",
                                  "amount": "Summa", "category": "Ryhmä"})


def test_each_dataset_has_its_own_index():
    a, b = shop(), shop()
    a.index.text_codes("city", a.customers.frame["Kaupunki"])
    assert a.index is not b.index and not b.index._text_codes


def test_text_codes_fold_case_and_spaces_once():
    ds = shop()
    codes, distinct = ds.index.text_codes("city", ds.customers.frame["Kaupunki"])
    assert list(distinct[codes]) == ["oulu", "oulu", "turku"]
    assert ds.index.text_codes("city", ds.customers.frame["Kaupunki"])[0] is codes


def test_warm_up_builds_the_index_and_reports_progress_to_the_end():
    ds = shop()
    seen: list[float] = []
    warm_up(ds, as_of=AS_OF, progress=Progress(lambda fraction, _stage: seen.append(fraction)))
    assert seen and seen == sorted(seen) and seen[-1] == 1.0
    assert "city" in ds.index._text_codes and "interests" in ds.index._tag_indexes
    assert ("dated", "age", AS_OF) in ds.index.values


def test_values_measured_at_a_date_are_kept_per_date():
    ds = shop()
    age = find_field(ds, "age")
    first = field_values(ds, age, AS_OF)
    assert field_values(ds, age, AS_OF) is first
    later = field_values(ds, age, dt.date(2026, 7, 1))
    assert np.nan_to_num(later.to_numpy() - first.to_numpy()).tolist() == [1, 1, 0]


def test_two_threads_building_one_entry_both_get_the_one_kept():
    # The window's search drops an answer found in other pseudonyms than the ones it shows, by
    # identity; a worker and the GUI thread building them at once must not leave two of them.
    import threading
    import time

    index = shop().index
    started, got = threading.Barrier(2), []

    def build():
        started.wait()
        got.append(index.built("pseudonyms", lambda: (time.sleep(0.05), object())[1]))

    threads = [threading.Thread(target=build) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got[0] is got[1] is index.built("pseudonyms", object)
