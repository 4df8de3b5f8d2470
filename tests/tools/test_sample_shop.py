"""Behaviour of the deterministic sample-shop generator (small shops, so the tests stay fast)."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from segmentdesk.tools.sample_shop import generate_shop, main, write_shop

N = 300


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return write_shop(tmp_path_factory.mktemp("shop"), N)


def read_orders(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)


def read_customers_xlsx(path: Path) -> list[dict[str, object]]:
    book = openpyxl.load_workbook(path, read_only=True)     # read-only books hold the file until closed
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def test_same_arguments_give_identical_files(shop: tuple[Path, Path], tmp_path: Path) -> None:
    again = write_shop(tmp_path, N)
    for first, second in zip(shop, again):
        assert first.read_bytes() == second.read_bytes()
    # Byte equality must not depend on both runs falling in the same second.
    with zipfile.ZipFile(again[0]) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 1, 8, 0, 0)}
        assert b"2026-11-01T08:00:00Z" in archive.read("docProps/core.xml")


def test_other_seed_gives_other_data() -> None:
    assert not generate_shop(50, seed=1)[0].equals(generate_shop(50, seed=2)[0])


def test_xlsx_keeps_leading_zeros_as_text_and_real_dates(shop: tuple[Path, Path]) -> None:
    customers = read_customers_xlsx(shop[0])
    assert len(customers) == N
    codes = [c["Postinumero"] for c in customers]
    assert all(isinstance(code, str) and re.fullmatch(r"\d{5}", code) for code in codes)
    assert any(code.startswith("0") for code in codes)
    assert customers[0]["Asiakasnumero"] == "000001"
    births = [c["Syntymäaika"] for c in customers if c["Syntymäaika"] is not None]
    assert births and all(hasattr(b, "year") for b in births)
    sheet = openpyxl.load_workbook(shop[0]).active
    assert sheet["H2"].number_format == "@" and sheet["L2"].number_format == "d.m.yyyy"


def test_orders_csv_follows_finnish_excel_conventions(shop: tuple[Path, Path]) -> None:
    raw = shop[1].read_bytes()
    assert raw.startswith("Tilausnumero;Asiakasnumero;Tilauspäivä;Summa;Tuoteryhmä\r\n".encode("cp1252"))
    assert raw.count(b"\n") == raw.count(b"\r\n")
    orders = read_orders(shop[1])
    assert orders["Summa"].str.fullmatch(r"\d+,\d\d").all()
    assert orders["Tilauspäivä"].str.fullmatch(r"[1-9]\d?\.[1-9]\d?\.\d{4}").all()
    numbers = orders["Tilausnumero"].astype(int)
    assert numbers.iloc[0] == 100001 and numbers.is_monotonic_increasing and numbers.is_unique
    days = pd.to_datetime(orders["Tilauspäivä"], format="%d.%m.%Y")
    assert days.is_monotonic_increasing
    assert (days.max() - days.min()).days > 2.5 * 365
    amounts = orders["Summa"].str.replace(",", ".").astype(float)
    assert amounts.min() > 0 and 30 < amounts.median() < 60


def test_orders_belong_to_customers_who_joined_first(shop: tuple[Path, Path]) -> None:
    customers = pd.DataFrame(read_customers_xlsx(shop[0]))
    orders = read_orders(shop[1])
    assert orders["Asiakasnumero"].isin(customers["Asiakasnumero"]).all()
    assert abs(len(orders) - 10 * N) < 0.15 * 10 * N
    first = pd.to_datetime(orders["Tilauspäivä"], format="%d.%m.%Y").groupby(orders["Asiakasnumero"]).min()
    joined = pd.to_datetime(customers.set_index("Asiakasnumero")["Liittymispäivä"])
    assert (joined[first.index] <= first).all()
    assert 0.01 < 1 - len(first) / N < 0.10          # some customers never ordered


def test_about_seventy_percent_consent(shop: tuple[Path, Path]) -> None:
    consent = [c["Markkinointilupa"] for c in read_customers_xlsx(shop[0])]
    assert set(consent) <= {"Kyllä", "Ei", None}
    assert 0.6 < consent.count("Kyllä") / len(consent) < 0.8


def test_christmas_season_busier_than_late_winter(shop: tuple[Path, Path]) -> None:
    days = pd.to_datetime(read_orders(shop[1])["Tilauspäivä"], format="%d.%m.%Y")
    per_month = days.groupby([days.dt.year, days.dt.month]).size()
    months = per_month.index.get_level_values(1)
    assert per_month[months.isin([11, 12])].mean() > 1.3 * per_month[months.isin([2, 3])].mean()


def test_customers_csv_variant_from_command_line(tmp_path: Path) -> None:
    assert main(["--out", str(tmp_path), "--customers", "60", "--customers-format", "csv"]) == 0
    raw = (tmp_path / "customers.csv").read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n")
    customers = pd.read_csv(tmp_path / "customers.csv", sep=";", encoding="cp1252", dtype=str)
    assert list(customers.columns)[:3] == ["Asiakasnumero", "Etunimi", "Sukunimi"]
    assert customers["Postinumero"].str.fullmatch(r"\d{5}").all()
    assert customers["Liittymispäivä"].str.fullmatch(r"[1-9]\d?\.[1-9]\d?\.\d{4}").all()
    assert (tmp_path / "orders.csv").exists()
