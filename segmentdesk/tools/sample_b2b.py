"""Deterministic generator of a B2B sample shop: a Finnish workplace-supplies wholesaler's business
customers (companies with a contact person each) and their invoices.

The companies and people are fictional; business IDs carry a valid check digit but are drawn at
random.  The same arguments give byte-identical files (``resources/sample_b2b``)::

    python -m segmentdesk.tools.sample_b2b --out resources/sample_b2b
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from ..core.data.business_id import business_id
from ..paths import reference_file
from . import sample_b2b_names as B
from . import sample_names as W
from .sample_files import EPOCH, day_number, digits, finnish_dates, finnish_euros, folded, pick, write_xlsx
from .sample_shop import REFERENCE_END, postal_areas

HISTORY_DAYS = 3 * 365
CUSTOMER_COLUMNS = [
    "Asiakasnumero", "Yritys", "Y-tunnus", "Toimiala", "Henkilöstö", "Liikevaihto", "Etunimi", "Sukunimi",
    "Titteli", "Sähköposti", "Puhelin", "Postinumero", "Postitoimipaikka", "Markkinointilupa",
    "Asiakkuus alkanut", "Kieli",
]
ORDER_COLUMNS = ["Laskunumero", "Asiakasnumero", "Laskupäivä", "Summa (alv 0 %)", "Tuoteryhmä"]
DATE_COLUMNS = ("Asiakkuus alkanut",)
TEXT_COLUMNS = ("Asiakasnumero", "Y-tunnus", "Postinumero")
ACTIVE, LAPSED, NEW, ONE_OFF, NO_ORDERS = range(5)
TYPE_SHARES = (0.55, 0.20, 0.08, 0.10, 0.07)
YEARLY_ORDERS = (2.0, 3.0, 4.0, 6.0, 8.0, 11.0, 15.0)     # one-off purchases a year by staff band
SIZE_FACTOR = (1.0, 1.4, 2.0, 3.0, 4.5, 6.5, 9.0)         # invoice size by staff band


def industries() -> dict[str, str]:
    """TOL 2008 section code -> ``"C Teollisuus"`` as the sample writes it."""
    table = pd.read_csv(reference_file("tol2008_sections.csv"), dtype=str, keep_default_na=False)
    return {code: f"{code} {name}" for code, name in zip(table["code"], table["name_fi"])}


def _companies(rng: np.random.Generator, n: int) -> pd.DataFrame:
    """Everything about the companies and their contacts that does not depend on their invoices."""
    section = pick(rng, B.SECTION_SHARES, n)
    form = pick(rng, B.LEGAL_FORMS, n)
    band = np.array([rng.choice(7, p=np.array(B.STAFF_SHARES[f]) / sum(B.STAFF_SHARES[f])) for f in form])
    staff = np.array([rng.integers(lo, hi + 1) for lo, hi in (B.STAFF_RANGES[b] for b in band)])
    per_head = np.array([B.TURNOVER_PER_HEAD.get(s, B.DEFAULT_TURNOVER_PER_HEAD) for s in section])
    turnover = staff * per_head * np.exp(0.5 * rng.standard_normal(n))
    limits = np.array([limit for limit, _ in B.TURNOVER_BANDS])
    turnover_band = np.array([label for _, label in B.TURNOVER_BANDS], dtype=object)[
        np.searchsorted(limits, turnover, side="right")]
    turnover_band[(form == "Tmi") & (rng.random(n) < 0.3)] = None      # sole traders publish no accounts

    codes, cities, regions, p = postal_areas()
    place = rng.choice(len(codes), size=n, p=p)
    female = rng.random(n) < 0.45
    first = np.where(female, pick(rng, W.FEMALE_NAMES, n, 15), pick(rng, W.MALE_NAMES, n, 15))
    last = pick(rng, W.SURNAMES, n, 8)
    second = pick(rng, W.SURNAMES, n, 8)
    names, taken = [], set()
    for i in range(n):
        trade = str(rng.choice(B.TRADE_WORDS[section[i]]))
        for attempt in range(50):
            name = _company_name(rng, form[i], trade, regions[place[i]], first[i], last[i], second[i])
            if name not in taken:
                break
            trade = str(rng.choice(B.TRADE_WORDS[section[i]]))
        taken.add(name)
        names.append(name)
    return pd.DataFrame({
        "section": section, "form": form, "band": band, "turnover_band": turnover_band, "name": names,
        "first": first, "last": last, "postal": codes[place], "city": cities[place], "region": regions[place],
    })


def _company_name(rng: np.random.Generator, form: str, trade: str, region: str, first: str, last: str,
                  second: str) -> str:
    """A Finnish-looking name for a company of ``form`` in the trade ``trade``."""
    u = rng.random()
    word = str(rng.choice(B.NAME_WORDS))
    if form == "Tmi":
        return f"Tmi {first} {last}" if u < 0.5 else f"Tmi {trade} {last}"
    if form == "Ay":
        return f"{last} & {second} Ay" if u < 0.6 else f"{trade} {last} & {second} Ay"
    if form == "Ky":
        return f"{trade}-{last} Ky" if u < 0.5 else f"{word} {trade} Ky"
    if u < 0.3:
        return f"{B.REGION_GENITIVE.get(region, 'Suomen')} {trade} Oy"
    if u < 0.6:
        return f"{word} {trade} Oy"
    if u < 0.85:
        return f"{trade} {last} Oy"
    return f"{trade}-{last} Oy"


def _business_ids(rng: np.random.Generator, n: int) -> np.ndarray:
    """Distinct random business IDs with valid check digits."""
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        body = f"{int(rng.integers(100_000, 3_400_000)):07d}"
        full = business_id(body)
        if full is not None and full not in seen:
            seen.add(full)
            out.append(full)
    return np.array(out, dtype=object)


def _contacts(rng: np.random.Generator, c: pd.DataFrame) -> dict[str, np.ndarray]:
    """Title, email, phone, consent and language of each company's contact person."""
    n = len(c)
    band = c["band"].to_numpy()
    titles = [B.TITLES_SMALL, B.TITLES_MEDIUM, B.TITLES_LARGE]
    title = np.array([str(rng.choice(titles[0 if b == 0 else 1 if b <= 2 else 2])) for b in band], dtype=object)
    domain = np.array([_domain(name) for name in c["name"]], dtype=object)
    seen: dict[str, int] = {}
    for i, d in enumerate(domain):                      # two companies never share a domain
        seen[d] = seen.get(d, 0) + 1
        if seen[d] > 1:
            domain[i] = d.replace(".fi", f"{seen[d]}.fi")
    person = folded(c["first"].to_numpy(object)) + "." + folded(c["last"].to_numpy(object))
    u = rng.random(n)
    role = pick(rng, B.ROLE_MAILBOXES, n)
    email = np.where(u < 0.15, role + "@" + domain, person + "@" + domain).astype(object)
    sole = (c["form"] == "Tmi").to_numpy() & (rng.random(n) < 0.4)
    email[sole] = person[sole] + "@" + pick(rng, W.EMAIL_DOMAINS, int(sole.sum()))
    email[rng.random(n) < 0.02] = None
    body = rng.integers(0, 10_000_000, n)
    phone = "0" + pick(rng, W.MOBILE_PREFIXES, n) + " " + digits(body // 10_000, 3) + " " + digits(body % 10_000, 4)
    phone[rng.random(n) < 0.05] = None
    # B2B email marketing is opt-out: "Kyllä" unless the company has said no.
    consent = np.where(rng.random(n) < 0.09, "Ei", "Kyllä").astype(object)
    sv = pd.Series(c["region"]).map(W.SWEDISH_SHARE).fillna(0.01).to_numpy(float)
    v = rng.random(n)
    lang = np.where(v < sv, "sv", np.where(v > 0.98, "en", "fi")).astype(object)
    return {"title": title, "email": email, "phone": phone, "consent": consent, "lang": lang}


def _domain(name: str) -> str:
    words = name.replace("&", " ").split()
    words = [w for w in words if w not in ("Oy", "Ky", "Ay", "Tmi")]
    slug = "".join(ch for ch in folded(np.array(["".join(words)], dtype=object))[0] if ch.isalnum())
    return f"{slug}.fi"


def _month_weights(start_day: int) -> np.ndarray:
    """Each history day's invoicing weight: weekdays only, July low."""
    days = pd.date_range(pd.Timestamp(EPOCH) + pd.Timedelta(days=start_day), periods=HISTORY_DAYS + 1, freq="D")
    w = np.asarray(B.MONTH_WEIGHTS)[days.month.to_numpy() - 1]
    w[days.day_of_week.to_numpy() >= 5] = 0.0
    return w


def _invoices(rng: np.random.Generator, c: pd.DataFrame, start_day: int) -> tuple[np.ndarray, list]:
    """Per company its type and the first day it could buy; the invoices as (company, day, cents, group)."""
    n, D = len(c), HISTORY_DAYS
    kind = rng.choice(5, size=n, p=TYPE_SHARES)
    a = np.where(rng.random(n) < 0.7, 0, (rng.random(n) * D * 0.8).astype(np.int64))
    b = np.full(n, D, np.int64)
    a[kind == NEW] = D - rng.integers(20, 170, (kind == NEW).sum())
    lapsed = kind == LAPSED
    b[lapsed] = D - rng.integers(130, 800, lapsed.sum())
    a[lapsed] = np.minimum(a[lapsed], np.maximum(0, b[lapsed] - 400))
    weights = _month_weights(start_day)
    groups = list(B.PRODUCT_GROUPS)
    rows: list[tuple[int, int, int, str]] = []
    for i in range(n):
        if kind[i] == NO_ORDERS:
            continue
        band, section = int(c["band"].iat[i]), c["section"].iat[i]
        lo, hi = int(a[i]), int(b[i])
        w = weights[lo:hi + 1]
        years = (hi - lo + 1) / 365
        count = 1 if kind[i] == ONE_OFF else 1 + rng.poisson(YEARLY_ORDERS[band] * years * rng.lognormal(0, 0.4))
        days = lo + rng.choice(hi - lo + 1, size=count, p=w / w.sum())
        share = np.array([2.0 if section in likes else 1.0 for _, likes in B.PRODUCT_GROUPS.values()])
        picked = rng.choice(len(groups), size=count, p=share / share.sum())
        for day, g in zip(days, picked):
            median = B.PRODUCT_GROUPS[groups[g]][0] * SIZE_FACTOR[band]
            rows.append((i, int(day), int(round(median * rng.lognormal(0, 0.6) * 100)), groups[g]))
        if kind[i] == ONE_OFF:
            continue
        for group, months, amounts in B.CONTRACTS:
            if rng.random() >= (0.08 if group == "Kahvipalvelusopimus" else 0.05) + 0.06 * band:
                continue
            first = lo + int(rng.integers(0, max(1, (hi - lo) // 2)))
            last = hi if rng.random() < 0.85 else first + int(rng.integers(90, 500))
            cents = int(round(amounts[band] * rng.uniform(0.9, 1.1) * 100))
            start = EPOCH.toordinal() + start_day + first
            month = 0
            while True:
                when = date.fromordinal(start)
                y, m = divmod(when.month - 1 + month, 12)
                due = date(when.year + y, m + 1, min(when.day, 28))
                day = due.toordinal() - EPOCH.toordinal() - start_day
                if day > min(last, hi):
                    break
                while weights[day] == 0.0 and day < D:       # invoiced on the next weekday
                    day += 1
                rows.append((i, day, cents, group))
                month += months
    return kind, a, rows


def generate_b2b_shop(n_companies: int = 400, *, seed: int = 2027,
                      end: date = REFERENCE_END) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (customers, orders) with the Finnish headers (CUSTOMER_COLUMNS, ORDER_COLUMNS).

    Text columns hold the exact strings written; blanks are missing.  ``Asiakkuus alkanut`` and
    ``Laskupäivä`` are datetime64, ``Summa (alv 0 %)`` a float in euros excluding VAT.
    """
    rng = np.random.default_rng(seed)
    n, end_day = n_companies, day_number(end)
    start_day = end_day - HISTORY_DAYS
    c = _companies(rng, n)
    ids = _business_ids(rng, n)
    contact = _contacts(rng, c)
    kind, window_start, rows = _invoices(rng, c, start_day)
    inv = pd.DataFrame(rows, columns=["company", "day", "cents", "group"]).sort_values(
        ["day", "company", "group"], kind="stable")
    first = inv.groupby("company")["day"].min().reindex(range(n)).to_numpy()
    known = ~np.isnan(first)
    lag = rng.integers(0, 60, n)
    signup = np.where(known, start_day + np.nan_to_num(first).astype(np.int64) - lag,
                      start_day + window_start + rng.integers(0, 300, n))
    signup = np.minimum(signup, end_day)
    older = known & (window_start == 0) & (rng.random(n) < 0.8)       # customers long before the history
    signup[older] = start_day - rng.integers(30, 3000, older.sum())
    order = np.lexsort((rng.random(n), signup))                        # customer numbers grow with signup date
    number = np.empty(n, np.int64)
    number[order] = np.arange(10001, 10001 + n)
    sections = industries()
    customers = pd.DataFrame({
        "Asiakasnumero": digits(number[order]), "Yritys": c["name"].to_numpy(object)[order], "Y-tunnus": ids[order],
        "Toimiala": np.array([sections[s] for s in c["section"]], dtype=object)[order],
        "Henkilöstö": np.array(B.STAFF_BANDS, dtype=object)[c["band"].to_numpy()][order],
        "Liikevaihto": c["turnover_band"].to_numpy(object)[order],
        "Etunimi": c["first"].to_numpy(object)[order], "Sukunimi": c["last"].to_numpy(object)[order],
        "Titteli": contact["title"][order], "Sähköposti": contact["email"][order], "Puhelin": contact["phone"][order],
        "Postinumero": c["postal"].to_numpy(object)[order], "Postitoimipaikka": c["city"].to_numpy(object)[order],
        "Markkinointilupa": contact["consent"][order], "Asiakkuus alkanut": signup[order].astype("datetime64[D]"),
        "Kieli": contact["lang"][order],
    })
    orders = pd.DataFrame({
        "Laskunumero": digits(np.arange(240001, 240001 + len(inv))),
        "Asiakasnumero": digits(number[inv["company"].to_numpy()]),
        "Laskupäivä": (start_day + inv["day"].to_numpy(np.int64)).astype("datetime64[D]"),
        "Summa (alv 0 %)": inv["cents"].to_numpy() / 100.0,
        "Tuoteryhmä": inv["group"].to_numpy(object),
    })
    return customers, orders


def write_b2b_shop(out_dir: Path, n_companies: int = 400, *, seed: int = 2027) -> tuple[Path, Path]:
    """Write customers.xlsx and orders.csv (Finnish Excel CSV: ``;``, decimal comma, d.m.yyyy, cp1252, CRLF)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    customers, orders = generate_b2b_shop(n_companies, seed=seed)
    customers_path, orders_path = out_dir / "customers.xlsx", out_dir / "orders.csv"
    write_xlsx(customers, customers_path, sheet="Asiakkaat",
               widths=[13, 34, 11, 40, 11, 12, 11, 13, 20, 36, 15, 11, 18, 16, 16, 6],
               date_columns=DATE_COLUMNS, text_columns=TEXT_COLUMNS)
    table = orders.assign(**{"Laskupäivä": finnish_dates(orders["Laskupäivä"]),
                             "Summa (alv 0 %)": finnish_euros(orders["Summa (alv 0 %)"])})
    table.to_csv(orders_path, sep=";", index=False, encoding="cp1252", lineterminator="\r\n")
    return customers_path, orders_path


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m segmentdesk.tools.sample_b2b --out DIR [options]``."""
    parser = argparse.ArgumentParser(prog="python -m segmentdesk.tools.sample_b2b",
                                     description="Generate a fictional Finnish B2B shop's companies and invoices.")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--companies", type=int, default=400, help="number of companies (default 400)")
    parser.add_argument("--seed", type=int, default=2027, help="random seed (default 2027)")
    args = parser.parse_args(argv)
    for path in write_b2b_shop(args.out, args.companies, seed=args.seed):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
