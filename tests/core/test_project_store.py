"""``.segdesk`` project files: typed round trips, refusing what is not a project, atomic saves."""
from __future__ import annotations

import datetime as dt
import sqlite3

import numpy as np
import pandas as pd
import pytest

from segmentdesk.core import atomic_file
from segmentdesk.core.data.dataset import build_dataset
from segmentdesk.core.errors import ProjectError
from segmentdesk.core.project import column_tables, project_file, store
from segmentdesk.core.project.project import Project
from segmentdesk.core.project.store import load_project, save_project
from segmentdesk.core.segments.evaluate import Evaluator
from segmentdesk.core.segments.model import Segment, node_from_json

ROLES = {"customer_id": "Nro", "email": "Sähköposti", "postal_code": "Postinumero", "birth_date": "Syntymäaika",
         "consent_email": "Lupa", "interests": "Kiinnostukset"}
ORDER_ROLES = {"order_id": "Tilaus", "customer_ref": "Asiakas", "order_date": "Pvm", "amount": "Summa",
               "category": "Ryhmä"}


@pytest.fixture
def project() -> Project:
    customers = pd.DataFrame({
        "Nro": ["0001", "0002", "0003"],
        "Sähköposti": ["aino@example.fi", "eero@example.fi", None],
        "Postinumero": ["00100", "02100", None],
        "Syntymäaika": ["3.7.1985", None, "29.2.1988"],
        "Lupa": ["kyllä", "ei", None],
        "Kiinnostukset": ["jooga; kahvi", None, "Tee"],
        "Pisteet": ["1 234,50", None, "7"],
        "Muistiinpano": ["=1+1", "Soita ensin", None],
    }, dtype=object)
    orders = pd.DataFrame({"Tilaus": ["T1", "T1", "T2"], "Asiakas": ["0001", "0001", "0003"],
                           "Pvm": ["1.6.2025 14:30", "1.6.2025 14:30", "2.6.2025"],
                           "Summa": ["10,00", "5,50", "-3,00"], "Ryhmä": ["Kahvi", "Tee", None]}, dtype=object)
    segments = [
        Segment("Zeta", node_from_json({"all": [{"field": "interests", "op": "has_any", "value": ["jooga"]}]}),
                "joogaajat"),
        Segment("Alpha", node_from_json({"any": [{"field": "segment", "op": "in_segment", "value": "Zeta"}]})),
        Segment("Äiti", node_from_json({"not": {"field": "consent_email", "op": "is_true"}})),
    ]
    p = Project(dataset=build_dataset(customers, ROLES, orders, ORDER_ROLES), segments=segments,
                sources={"customers": "asiakkaat.csv", "orders": "tilaukset.csv"})
    p.log("import", at=dt.datetime(2025, 7, 1, 9, 30), customers=3, files={"customers": "asiakkaat.csv"})
    p.log("export_without_consent", at=dt.datetime(2025, 7, 2, 10, 0), rows=2, segments=["Zeta"])
    return p


@pytest.fixture
def reopened(project, tmp_path) -> Project:
    path = tmp_path / "kauppa.segdesk"
    save_project(project, path)
    return load_project(path)


def column(p: Project, header: str, table: str = "customers") -> pd.Series:
    return getattr(p.dataset, table).frame[header]


# -- round trip ----------------------------------------------------------------------------------
def test_round_trip_keeps_text_with_leading_zeros(reopened):
    assert column(reopened, "Postinumero").tolist()[:2] == ["00100", "02100"]
    assert column(reopened, "Nro").tolist() == ["0001", "0002", "0003"]


def test_round_trip_keeps_missing_text_missing(reopened):
    assert pd.isna(column(reopened, "Postinumero").iloc[2])
    assert pd.isna(column(reopened, "Sähköposti").iloc[2])


def test_round_trip_keeps_formula_like_text_as_text(reopened):
    assert column(reopened, "Muistiinpano").tolist()[:2] == ["=1+1", "Soita ensin"]


def test_round_trip_keeps_dates_as_dates(reopened, project):
    births = column(reopened, "Syntymäaika")
    assert births.dtype == "datetime64[ns]"
    assert births.iloc[0] == pd.Timestamp(1985, 7, 3)
    assert pd.isna(births.iloc[1])
    assert births.iloc[2] == pd.Timestamp(1988, 2, 29)


def test_round_trip_keeps_date_times(reopened):
    assert column(reopened, "Pvm", "orders").iloc[0] == pd.Timestamp(2025, 6, 1, 14, 30)


def test_round_trip_keeps_numbers_as_floats_with_missing(reopened):
    points = column(reopened, "Pisteet")
    assert points.dtype == np.float64
    assert points.iloc[0] == 1234.5 and np.isnan(points.iloc[1]) and points.iloc[2] == 7.0


def test_round_trip_keeps_booleans_with_missing(reopened):
    consent = column(reopened, "Lupa")
    assert consent.dtype == "boolean"
    assert consent.iloc[0] == True and consent.iloc[1] == False  # noqa: E712
    assert pd.isna(consent.iloc[2])


def test_round_trip_keeps_every_column_kind(reopened, project):
    assert reopened.dataset.customers.kinds == project.dataset.customers.kinds
    assert reopened.dataset.orders.kinds == project.dataset.orders.kinds
    assert list(column(reopened, "Nro").index) == [0, 1, 2]
    assert list(reopened.dataset.customers.frame.columns) == list(project.dataset.customers.frame.columns)


def test_round_trip_keeps_the_roles(reopened):
    assert reopened.dataset.customers.roles == ROLES
    assert reopened.dataset.orders.roles == ORDER_ROLES


def test_round_trip_gives_the_same_metrics(reopened, project):
    pd.testing.assert_frame_equal(reopened.dataset.metrics, project.dataset.metrics)


def test_round_trip_gives_the_same_segment_members(reopened, project):
    as_of = dt.date(2025, 7, 1)
    before = Evaluator(project.dataset, as_of=as_of, segments=project.segment_map())
    after = Evaluator(reopened.dataset, as_of=as_of, segments=reopened.segment_map())
    for segment in project.segments:
        assert after.mask(segment.rule).tolist() == before.mask(segment.rule).tolist()


def test_round_trip_keeps_segments_in_order(reopened, project):
    assert [s.name for s in reopened.segments] == ["Zeta", "Alpha", "Äiti"]
    assert [s.to_json() for s in reopened.segments] == [s.to_json() for s in project.segments]
    assert reopened.segments[0].description == "joogaajat"


def test_round_trip_keeps_the_audit_log(reopened):
    assert [(e.at, e.action, e.details) for e in reopened.audit] == [
        (dt.datetime(2025, 7, 1, 9, 30), "import", {"customers": 3, "files": {"customers": "asiakkaat.csv"}}),
        (dt.datetime(2025, 7, 2, 10, 0), "export_without_consent", {"rows": 2, "segments": ["Zeta"]}),
    ]


def test_round_trip_keeps_the_source_file_names(reopened):
    assert reopened.sources == {"customers": "asiakkaat.csv", "orders": "tilaukset.csv"}


def test_project_without_data_round_trips(tmp_path):
    path = tmp_path / "tyhjä.segdesk"
    save_project(Project(segments=[Segment("Kaikki")]), path)
    loaded = load_project(path)
    assert loaded.dataset is None
    assert [s.name for s in loaded.segments] == ["Kaikki"]


def test_project_without_orders_round_trips(tmp_path):
    ds = build_dataset(pd.DataFrame({"Email": ["a@example.fi"]}, dtype=object), {"email": "Email"})
    path = tmp_path / "p.segdesk"
    save_project(Project(dataset=ds), path)
    assert load_project(path).dataset.orders is None


def test_saving_again_replaces_the_project(project, tmp_path):
    path = tmp_path / "kauppa.segdesk"
    save_project(project, path)
    project.segments.pop()
    save_project(project, path)
    assert [s.name for s in load_project(path).segments] == ["Zeta", "Alpha"]


# -- files that are not projects -------------------------------------------------------------------
def test_missing_file_raises_project_error(tmp_path):
    with pytest.raises(ProjectError):
        load_project(tmp_path / "nowhere.segdesk")


def test_csv_file_raises_project_error(data_dir):
    with pytest.raises(ProjectError):
        load_project(data_dir / "customers_fi.csv")


def test_empty_file_raises_project_error(data_dir):
    with pytest.raises(ProjectError):
        load_project(data_dir / "empty.csv")


def test_other_sqlite_database_raises_project_error(tmp_path):
    path = tmp_path / "other.segdesk"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (text TEXT)")
    con.commit()
    con.close()
    with pytest.raises(ProjectError):
        load_project(path)


def test_project_of_an_unknown_format_version_raises_project_error(project, tmp_path):
    path = tmp_path / "future.segdesk"
    save_project(project, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = 'segmentdesk.project/99' WHERE key = 'format'")
    con.commit()
    con.close()
    with pytest.raises(ProjectError):
        load_project(path)


def test_project_with_a_damaged_segment_raises_project_error(project, tmp_path):
    path = tmp_path / "damaged.segdesk"
    save_project(project, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE segments SET rule_json = '{\"name\": \"x\", \"rule\": {\"all\": 5}}' WHERE position = 0")
    con.commit()
    con.close()
    with pytest.raises(ProjectError):
        load_project(path)


def test_loading_does_not_change_the_file(project, tmp_path):
    path = tmp_path / "kauppa.segdesk"
    save_project(project, path)
    before = path.read_bytes()
    load_project(path)
    assert path.read_bytes() == before


# -- atomic saves -------------------------------------------------------------------------------------
def test_failing_save_leaves_the_old_file_byte_identical(project, tmp_path, monkeypatch):
    path = tmp_path / "kauppa.segdesk"
    save_project(project, path)
    before = path.read_bytes()

    def broken_write(con, name, table):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(project_file, "write_table", broken_write)
    project.segments.pop()
    with pytest.raises(ProjectError):
        save_project(project, path)
    assert path.read_bytes() == before


def test_failing_save_leaves_no_temporary_file(project, tmp_path, monkeypatch):
    path = tmp_path / "kauppa.segdesk"
    save_project(project, path)
    monkeypatch.setattr(atomic_file.os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError(28, "No space left")))
    with pytest.raises(ProjectError):
        save_project(project, path)
    assert [p.name for p in tmp_path.iterdir()] == ["kauppa.segdesk"]


def test_save_interrupted_by_an_unexpected_error_leaves_the_old_file(project, tmp_path, monkeypatch):
    path = tmp_path / "kauppa.segdesk"
    save_project(project, path)
    before = path.read_bytes()

    def crash(col, kind, **_):
        raise RuntimeError("crash in the middle of a save")

    monkeypatch.setattr(column_tables, "encode_column", crash)
    with pytest.raises(RuntimeError):
        save_project(project, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["kauppa.segdesk"]


def test_unwritable_project_path_raises_project_error(project, tmp_path):
    (tmp_path / "a_file").write_text("not a folder")
    with pytest.raises(ProjectError):
        save_project(project, tmp_path / "a_file" / "kauppa.segdesk")


def test_a_text_column_written_with_known_codes_is_the_bytes_hashing_it_would_give():
    from segmentdesk.core.project.columns import decode_column, encode_column

    col = pd.Series(["T2", "T1", None, "T2", "T3"], dtype=object)
    codes = pd.factorize(col.to_numpy(dtype=object), use_na_sentinel=True)[0]
    hashed, known = encode_column(col, "text"), encode_column(col, "text", codes=codes)
    assert (known.data, known.values) == (hashed.data, hashed.values)
    gaps = encode_column(col, "text", codes=np.array([0, 2, -1, 0, 3]))      # rows erased since: not trusted
    assert decode_column(gaps).tolist() == col.tolist()
