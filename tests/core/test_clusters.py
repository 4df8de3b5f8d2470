"""Hidden groups: k-means on ticked fields, prepared visibly, the same clusters for the same data."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core.analytics.cluster_input import default_fields, prepare_features
from segmentdesk.core.analytics.cluster_report import clusters_json, dumps_clusters
from segmentdesk.core.analytics.cluster_words import describe_centre
from segmentdesk.core.analytics.clusters import principal_map, run_clusters
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import ClusterError
from segmentdesk.tools.sample_shop import generate_shop

AS_OF = dt.date(2026, 11, 1)
CUSTOMER_ROLES = {"customer_id": "Asiakasnumero", "email": "Sähköposti", "birth_date": "Syntymäaika"}
ORDER_ROLES = {"order_id": "Tilausnumero", "customer_ref": "Asiakasnumero", "order_date": "Tilauspäivä",
               "amount": "Summa", "category": "Tuoteryhmä"}


def shop(n: int = 600, *, birth_dates: bool = True):
    customers, orders = generate_shop(n)
    roles = dict(CUSTOMER_ROLES) if birth_dates else {k: v for k, v in CUSTOMER_ROLES.items() if k != "birth_date"}
    return build_dataset(customers, roles, orders, ORDER_ROLES)


def blobs(centres: list[tuple[float, float]], per: int = 60, *, seed: int = 1):
    """Customers in well-separated groups on two number columns ``column:A`` and ``column:B``."""
    rng = np.random.default_rng(seed)
    points = np.concatenate([rng.normal(c, 0.3, size=(per, 2)) for c in centres])
    frame = pd.DataFrame({"Nro": [str(i) for i in range(len(points))], "A": points[:, 0], "B": points[:, 1]})
    return build_dataset(frame, {"customer_id": "Nro"})


def test_the_same_data_gives_byte_identical_json():
    first = dumps_clusters(clusters_json(run_clusters(shop(), as_of=AS_OF)))
    second = dumps_clusters(clusters_json(run_clusters(shop(), as_of=AS_OF)))
    assert first == second
    assert '"format": "segmentdesk.clusters/1"' in first


def test_auto_k_suggests_the_number_of_well_separated_groups():
    ds = blobs([(0, 0), (5, 5), (0, 5)])
    result = run_clusters(ds, as_of=AS_OF, fields=["column:A", "column:B"])
    assert result.suggested_k == result.k == 3
    assert sorted(result.silhouettes) == list(range(2, 9))
    assert result.silhouette > 0.8


def test_a_given_k_is_used_and_the_silhouettes_of_the_others_still_shown():
    result = run_clusters(blobs([(0, 0), (5, 5), (0, 5)]), as_of=AS_OF, fields=["column:A", "column:B"], k=5)
    assert result.k == 5 and result.suggested_k == 3
    assert len(result.sizes) == 5 and 5 in result.silhouettes


def test_a_k_below_two_is_refused():
    with pytest.raises(ClusterError) as err:
        run_clusters(blobs([(0, 0), (5, 5)]), as_of=AS_OF, fields=["column:A"], k=1)
    assert err.value.details["reason"] == "bad_k"


def test_clusters_are_numbered_largest_first():
    ds = blobs([(0, 0)], per=90) 
    small = blobs([(8, 8)], per=30, seed=2)
    frame = pd.concat([small.customers.frame, ds.customers.frame], ignore_index=True)
    frame["Nro"] = [str(i) for i in range(len(frame))]
    result = run_clusters(build_dataset(frame, {"customer_id": "Nro"}), as_of=AS_OF,
                          fields=["column:A", "column:B"], k=2)
    assert result.sizes == (90, 30)
    assert (result.labels[:30] == 1).all() and (result.labels[30:] == 0).all()


def test_a_customer_without_any_ticked_value_is_left_out():
    ds = blobs([(0, 0), (5, 5)])
    ds.customers.frame.loc[3, ["A", "B"]] = np.nan
    result = run_clusters(ds, as_of=AS_OF, fields=["column:A", "column:B"])
    assert result.labels[3] == -1
    assert result.features.left_out == 1
    assert clusters_json(result)["left_out"] == 1


def test_a_missing_value_is_filled_with_the_fields_median_and_counted():
    frame = pd.DataFrame({"Nro": list("abcdef"), "A": [1.0, 2.0, None, 4.0, 100.0, None],
                          "B": [1.0, 1.0, 2.0, 2.0, 3.0, 3.0]})
    features = prepare_features(build_dataset(frame, {"customer_id": "Nro"}), ["column:A", "column:B"], as_of=AS_OF)
    prep = features.preparations[0]
    assert (prep.missing, prep.filled_with) == (2, 3.0)


def test_a_heavily_skewed_field_is_log_scaled_and_an_even_one_is_not():
    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"Nro": [str(i) for i in range(500)], "Spend": rng.lognormal(3, 1.2, 500),
                          "Even": rng.normal(50, 10, 500)})
    features = prepare_features(build_dataset(frame, {"customer_id": "Nro"}), ["column:Spend", "column:Even"],
                                as_of=AS_OF)
    assert [p.log_scaled for p in features.preparations] == [True, False]
    assert features.preparations[0].skewness > 1 > features.preparations[1].skewness


def test_every_field_is_standardised():
    features = prepare_features(shop(), ["order_count", "total_spend"], as_of=AS_OF)
    assert np.allclose(features.matrix.mean(axis=0), 0)
    assert np.allclose(features.matrix.std(axis=0), 1)


def test_defaults_are_recency_frequency_spend_and_age_where_the_data_has_them():
    assert default_fields(shop(), as_of=AS_OF) == ["days_since_last_order", "order_count", "total_spend", "age"]
    assert default_fields(shop(birth_dates=False), as_of=AS_OF) == ["days_since_last_order", "order_count",
                                                                    "total_spend"]


def test_a_field_that_is_not_a_number_is_refused():
    with pytest.raises(ClusterError) as err:
        run_clusters(shop(100), as_of=AS_OF, fields=["email"])
    assert err.value.details == {"reason": "not_number", "field": "email"}


def test_the_pca_map_has_an_axis_per_direction_and_its_shares_of_the_variance():
    rng = np.random.default_rng(3)
    t = rng.normal(size=400)
    x = np.column_stack([t, t + rng.normal(scale=0.1, size=400), rng.normal(scale=0.2, size=400)])
    coords, shares, axes = principal_map((x - x.mean(0)) / x.std(0))
    assert coords.shape == (400, 2)
    assert shares[0] > 0.6 > shares[1] > 0 and sum(shares) <= 1
    assert np.abs(axes[0][:2]).min() > 0.6          # the first axis is the two related fields together


def test_a_centre_reads_in_words_relative_to_all_customers():
    fields = ["age", "order_count", "avg_order_value", "total_spend"]
    centre = [-1.2, 0.9, -0.7, 0.1]
    assert describe_centre(fields, centre, "en") == "Younger, buy often, small baskets"
    assert describe_centre(fields, centre, "fi") == "Nuorempia, ostavat usein, pienet ostoskorit"


def test_a_centre_near_the_middle_reads_as_the_average_customer():
    assert describe_centre(["age", "order_count"], [0.2, -0.3], "en") == "Close to the average customer"


def test_a_cluster_says_how_many_of_it_never_bought_instead_of_only_their_filled_recency():
    """Customers without orders have no days since their last order; the median filled in for them
    must not leave the words saying only "bought recently" of a cluster many of whom never bought."""
    fields = ["days_since_last_order", "order_count", "age"]
    centre, missing = [-0.8, -0.6, 0.1], [0.17, 0.0, 0.04]
    assert describe_centre(fields, centre, "en", missing) == \
        "Bought recently, buy rarely; 17% have not bought yet"
    assert describe_centre(fields, centre, "fi", missing) == \
        "Ostaneet äskettäin, ostavat harvoin; 17\N{NO-BREAK SPACE}% ei ole vielä ostanut"
    # below a tenth it is not said; another field says what is unknown
    assert describe_centre(fields, centre, "en", [0.05, 0.0, 0.0]) == "Bought recently, buy rarely"
    assert describe_centre(["age"], [0.1], "en", [0.5]) == "Close to the average customer; age unknown for 50%"
    # a cluster of customers none of whom has bought says so, not a percentage
    assert describe_centre(fields, [0.0, -2.0, 0.0], "en", [1.0, 0.0, 0.0]) == "Buy rarely; none has bought yet"
    assert describe_centre(fields, [0.0, -2.0, 0.0], "fi", [1.0, 0.0, 0.0]) == \
        "Ostavat harvoin; kukaan ei ole vielä ostanut"


def test_the_customers_who_never_bought_are_counted_in_their_clusters_words_and_json():
    doc = clusters_json(run_clusters(shop(), as_of=AS_OF, k=3))
    never = doc["preparation"][0]["missing"]          # days_since_last_order: those without orders
    assert doc["preparation"][0]["field"] == "days_since_last_order" and never > 0
    missing = [c["missing"]["days_since_last_order"] for c in doc["clusters"]]
    assert round(sum(m * c["size"] for m, c in zip(missing, doc["clusters"]))) == never
    most = max(range(3), key=lambda c: missing[c])
    assert missing[most] >= 0.1
    assert "have not bought yet" in doc["clusters"][most]["description"]


def test_each_cluster_has_its_size_name_words_and_means_in_the_json():
    doc = clusters_json(run_clusters(shop(), as_of=AS_OF, k=3), names=["Kanta-asiakkaat"], lang="fi")
    assert [c["name"] for c in doc["clusters"]] == ["Kanta-asiakkaat", "Klusteri 2", "Klusteri 3"]
    assert sum(c["size"] for c in doc["clusters"]) == doc["clustered"]
    assert set(doc["clusters"][0]["means"]) == set(doc["fields"])
    assert all(c["description"] for c in doc["clusters"])


def test_clustering_and_a_rule_from_a_cluster_need_neither_scikit_learn_nor_scipy():
    # The installed bundle leaves both out (82 MB): the cluster action must not reach for them.
    code = ("import sys\n"
            "sys.path.insert(1, 'tests/core')\n"
            "from test_clusters import shop, AS_OF\n"
            "from segmentdesk.core.analytics.clusters import run_clusters\n"
            "from segmentdesk.core.analytics.cluster_segment import approximate_rule\n"
            "ds = shop()\n"
            "result = run_clusters(ds, as_of=AS_OF)\n"
            "approximate_rule(ds, result, 0, as_of=AS_OF)\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("k", [2, 3, 5])
def test_the_silhouette_is_scikit_learns(k):
    silhouette_score = pytest.importorskip("sklearn.metrics").silhouette_score

    from segmentdesk.core.analytics.clusters import _distances, _silhouette

    rng = np.random.default_rng(k)
    x = rng.normal(size=(300, 3))
    labels = rng.integers(0, k, 300)
    labels[0] = k - 1 if (labels == k - 1).sum() > 1 else labels[0]
    assert _silhouette(_distances(x), labels) == pytest.approx(silhouette_score(x, labels), abs=1e-9)


def test_a_point_alone_in_its_cluster_scores_zero_as_in_scikit_learn():
    silhouette_score = pytest.importorskip("sklearn.metrics").silhouette_score

    from segmentdesk.core.analytics.clusters import _distances, _silhouette

    x = np.array([[0.0, 0], [0.1, 0], [0.2, 0], [5, 5], [9, 9]])
    labels = np.array([0, 0, 0, 1, 2])
    assert _silhouette(_distances(x), labels) == pytest.approx(silhouette_score(x, labels), abs=1e-12)
