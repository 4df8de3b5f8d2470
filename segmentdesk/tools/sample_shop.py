"""Deterministic generator of a realistic small Finnish webshop: a customer list and an order list.

The people are fictional.  The same arguments give byte-identical files, so the sample
shipped in ``resources/sample`` can be regenerated and checked.
"""
from __future__ import annotations

import argparse
import datetime
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from ..paths import reference_file
from . import sample_names as W
from .sample_files import EPOCH, day_number as _day, digits as _digits, finnish_dates as _finnish_dates
from .sample_files import finnish_euros as _finnish_euros, folded as _folded, pick as _pick, write_xlsx

REFERENCE_END = datetime.date(2026, 10, 31)
HISTORY_DAYS = 3 * 365
SIGNUP_START = date(2019, 1, 1)

CUSTOMER_COLUMNS = [
    "Asiakasnumero", "Etunimi", "Sukunimi", "Sähköposti", "Puhelin", "Syntymäaika", "Sukupuoli",
    "Postinumero", "Postitoimipaikka", "Kiinnostuksen kohteet", "Markkinointilupa", "Liittymispäivä", "Kieli",
]
ORDER_COLUMNS = ["Tilausnumero", "Asiakasnumero", "Tilauspäivä", "Summa", "Tuoteryhmä"]
DATE_COLUMNS = ("Syntymäaika", "Liittymispäivä")
TEXT_COLUMNS = ("Asiakasnumero", "Postinumero")

REGULAR, ONE_TIME, LAPSED, OCCASIONAL, NEW, NO_ORDERS = range(6)
TYPE_SHARES = (0.095, 0.3325, 0.2375, 0.19, 0.095, 0.05)
YEARLY_RATE = {REGULAR: 10.0, LAPSED: 4.0, OCCASIONAL: 1.5}


def postal_areas() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Postal codes, UPPER-case municipalities, regions and the probability of each code."""
    table = pd.read_csv(reference_file("fi_postal_codes.csv"), dtype=str, keep_default_na=False)
    rest, total = 1.0 - sum(W.REGION_SHARES.values()), sum(W.REGION_POPULATIONS.values())
    share = {**{r: rest * v / total for r, v in W.REGION_POPULATIONS.items()}, **W.REGION_SHARES}
    region = table["region_fi"]
    # Codes equally likely within a region == municipalities weighted by their number of codes.
    weight = (region.map(share).fillna(0.0) / region.map(region.value_counts())).to_numpy(float)
    return (table["postal_code"].to_numpy(object), table["municipality_fi"].str.upper().to_numpy(object),
            region.to_numpy(object), weight / weight.sum())


def _people(rng: np.random.Generator, n: int, end_day: int) -> dict[str, np.ndarray]:
    """Everything about the customers that does not depend on their orders."""
    gender = rng.choice(4, size=n, p=[0.62, 0.35, 0.01, 0.02])          # Nainen, Mies, Muu, blank
    age = 18 + rng.gamma(3.2, 8.0, n)
    too_old = age > 85
    age[too_old] = 60 + 25 * rng.random(too_old.sum())
    codes, cities, regions, p = postal_areas()
    place = rng.choice(len(codes), size=n, p=p)
    sv_share = pd.Series(regions[place]).map(W.SWEDISH_SHARE).fillna(0.01).to_numpy(float)
    u = rng.random(n)
    lang = np.where(u < sv_share, "sv", np.where(u > 0.94, "en", "fi")).astype(object)
    female = (gender == 0) | ((gender >= 2) & (rng.random(n) < 0.5))
    sv_first, sv_last = (lang == "sv") & (rng.random(n) < 0.7), (lang == "sv") & (rng.random(n) < 0.75)
    first = np.where(female, np.where(sv_first, _pick(rng, W.FEMALE_NAMES_SV, n), _pick(rng, W.FEMALE_NAMES, n, 15)),
                     np.where(sv_first, _pick(rng, W.MALE_NAMES_SV, n), _pick(rng, W.MALE_NAMES, n, 15)))
    last = np.where(sv_last, _pick(rng, W.SURNAMES[W.SWEDISH_SURNAMES_FROM:], n), _pick(rng, W.SURNAMES, n, 8))
    body = rng.integers(0, 10_000_000, n)
    body = _pick(rng, W.MOBILE_PREFIXES, n) + " " + _digits(body // 10_000, 3) + " " + _digits(body % 10_000, 4)
    phone_kind = rng.choice(3, size=n, p=[0.65, 0.25, 0.10])
    return {
        "first": first, "last": last, "birth": end_day - np.rint(age * 365.25).astype(np.int64), "age": age,
        "gender": gender, "lang": lang, "postal": codes[place], "city": cities[place],
        "phone": np.where(phone_kind == 0, "+358 " + body, np.where(phone_kind == 1, "0" + body, None)),
        "consent": np.array(["Kyllä", "Ei", None], dtype=object)[rng.choice(3, size=n, p=[0.70, 0.28, 0.02])],
    }


def _emails(rng: np.random.Generator, first: np.ndarray, last: np.ndarray, birth: np.ndarray) -> np.ndarray:
    """Unique addresses in the usual Finnish patterns; ~3 % missing, ~0.5 % broken."""
    n = first.size
    f, s = _folded(first), _folded(last)
    year = birth.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970
    yyyy, yy, num = _digits(year, 4), _digits(year % 100, 2), _digits(rng.integers(1, 100, n))
    builders = [lambda m: f[m] + "." + s[m], lambda m: f[m] + "." + s[m] + yy[m],
                lambda m: pd.Series(f[m]).str[0].to_numpy(object) + "." + s[m] + yy[m], lambda m: f[m] + s[m],
                lambda m: f[m] + "_" + s[m], lambda m: s[m] + "." + f[m], lambda m: f[m] + yyyy[m],
                lambda m: f[m] + "." + s[m] + num[m]]
    pattern = rng.choice(len(builders), size=n, p=[0.34, 0.12, 0.08, 0.12, 0.05, 0.05, 0.08, 0.16])
    local = np.empty(n, dtype=object)
    for k, build in enumerate(builders):
        local[pattern == k] = build(pattern == k)
    domain = "@" + _pick(rng, W.EMAIL_DOMAINS, n)
    email = local + domain
    while (dup := pd.Series(email).duplicated().to_numpy()).any():
        local[dup] = local[dup] + _digits(rng.integers(1, 1000, dup.sum()))
        email = local + domain
    breakers = (lambda e: e.replace("@", ""), lambda e: ",".join(e.rsplit(".", 1)), lambda e: e.rsplit(".", 1)[0])
    broken = np.flatnonzero(rng.random(n) < 0.005)
    email[broken] = [breakers[k](e) for k, e in zip(rng.integers(0, 3, broken.size), email[broken])]
    email[rng.random(n) < 0.03] = None
    return email


def _interests(rng: np.random.Generator, gender: np.ndarray, age: np.ndarray) -> tuple[np.ndarray, ...]:
    """(joined tag text, number of tags, tag indices in preference order) per customer."""
    n, tags = gender.size, {t: i for i, t in enumerate(W.INTERESTS)}
    weights = np.ones((n, len(tags)))
    for mask, factors in [
        (gender == 0, {"jooga": 2.2, "kauneus": 2.5, "muoti": 2.0, "käsityöt": 2.0, "sisustus": 1.6}),
        (gender == 1, {"urheilu": 2.5, "juoksu": 1.6, "kahvi": 1.3, "kauneus": 0.2, "muoti": 0.5, "käsityöt": 0.3}),
        ((age >= 28) & (age <= 45), {"lapset": 4.0}),
        ((age < 28) | (age > 45), {"lapset": 0.3}),
        (age > 55, {"puutarha": 2.5, "käsityöt": 1.5, "kirjat": 1.3, "juoksu": 0.5}),
        (age < 35, {"muoti": 1.5, "matkailu": 1.3, "kestävä kehitys": 1.6, "puutarha": 0.5}),
    ]:
        for tag, factor in factors.items():
            weights[mask, tags[tag]] *= factor
    # Gumbel top-k: a weighted sample without replacement for every row at once.
    top = np.argsort(-(np.log(weights) + rng.gumbel(size=weights.shape)), axis=1)[:, :4]
    count = rng.choice(5, size=n, p=[0.15, 0.30, 0.27, 0.17, 0.11])
    vocab = np.array(W.INTERESTS, dtype=object)
    text = np.where(count > 0, vocab[top[:, 0]], None)
    for j in range(1, 4):
        text[count > j] = text[count > j] + "; " + vocab[top[count > j, j]]
    return text, count, top


def _season_cdf(start_day: int) -> tuple[np.ndarray, np.ndarray]:
    """Cumulative order intensity over the history (length HISTORY_DAYS + 2) and each day's month (0–11)."""
    dates = pd.date_range(pd.Timestamp(EPOCH) + pd.Timedelta(days=start_day), periods=HISTORY_DAYS + 1, freq="D")
    month, dom, weekday = dates.month.to_numpy() - 1, dates.day.to_numpy(), dates.day_of_week.to_numpy()
    w = np.asarray(W.MONTH_WEIGHTS)[month] * np.where(weekday == 6, 1.15, np.where(weekday == 5, 0.85, 1.0))
    black_friday = (month == 10) & (weekday == 4) & (dom >= 23) & (dom <= 29)
    w[black_friday] *= 4.0
    w[np.roll(black_friday, 3)] *= 2.2                                   # Cyber Monday
    w[(month == 11) & (dom >= 24) & (dom <= 26)] *= 0.35                 # Christmas itself is quiet
    w *= 1.0 + 0.25 * np.arange(HISTORY_DAYS + 1) / HISTORY_DAYS          # the shop grows a little
    return np.concatenate([[0.0], np.cumsum(w)]), month


def _orders(rng: np.random.Generator, n: int, per_customer: float, top: np.ndarray, n_tags: np.ndarray,
            start_day: int) -> tuple[np.ndarray, ...]:
    """Per customer: type, active-window start, first-order day (-1: none);
    per order: customer index, day, cents, product group.  Days count from start_day."""
    D = HISTORY_DAYS
    kind = rng.choice(6, size=n, p=TYPE_SHARES)
    is_ = [kind == k for k in range(6)]
    size = [int(m.sum()) for m in is_]
    a, b = np.zeros(n, np.int64), np.full(n, D, np.int64)          # each customer's active window
    for k, already in ((REGULAR, 0.75), (OCCASIONAL, 0.6)):          # most were customers before the history
        a[is_[k]] = np.where(rng.random(size[k]) < already, 0, D * 0.8 * rng.random(size[k]))
    a[is_[NEW]] = D - rng.integers(0, 90, size[NEW])
    b[is_[NEW]] = np.minimum(D, a[is_[NEW]] + 45)
    b[is_[LAPSED]] = D - rng.integers(180, 900, size[LAPSED])
    a[is_[LAPSED]] = np.maximum(0, b[is_[LAPSED]] - rng.integers(30, 540, size[LAPSED]))

    count = np.zeros(n, np.int64)
    count[is_[ONE_TIME]] = 1
    count[is_[NEW]] = 1 + rng.poisson(0.4, size[NEW])
    var = np.isin(kind, list(YEARLY_RATE))
    raw = (pd.Series(kind[var]).map(YEARLY_RATE).to_numpy(float) * (b[var] - a[var] + 1) / 365
           * np.minimum(rng.gamma(3.0, 1 / 3, var.sum()), 2.5))
    spare = max(n * per_customer - count.sum() - var.sum(), 0.0)   # scale repeat buying to hit the total
    count[var] = 1 + rng.poisson(raw * (spare / max(raw.sum(), 1e-9)))

    cdf, month = _season_cdf(start_day)
    cust = np.repeat(np.arange(n, dtype=np.int32), count)
    lo, hi = cdf[a], cdf[b + 1]
    u = lo[cust] + rng.random(cust.size) * (hi - lo)[cust]      # inverse-CDF: seasonal days inside each window
    day = np.clip(np.searchsorted(cdf, u, side="right") - 1, a[cust], b[cust]).astype(np.int32)
    first = np.full(n, -1, np.int64)
    if (has := count > 0).any():
        first[has] = np.minimum.reduceat(day, (np.cumsum(count) - count)[has])

    groups = list(W.PRODUCT_GROUPS)
    share, shift = (np.array(v, float) for v in zip(*W.PRODUCT_GROUPS.values()))
    group = rng.choice(len(groups), size=cust.size, p=share / share.sum()).astype(np.int8)
    k = n_tags[cust]
    own = (k > 0) & (rng.random(cust.size) < 0.6)
    tag_group = np.array([groups.index(W.INTEREST_TO_GROUP[t]) for t in W.INTERESTS], np.int8)
    group[own] = tag_group[top[cust[own], (rng.random(own.sum()) * k[own]).astype(np.int64)]]
    log_eur = np.log(42.0) + shift[group] + 0.15 * (kind[cust] == REGULAR) + 0.55 * rng.standard_normal(cust.size)
    euros = np.clip(np.exp(log_eur), 4.9, 399.9)
    cents = np.rint(euros * 100).astype(np.int64)
    shelf = rng.random(cust.size) < 0.4                         # many baskets are one item at an "x,90" price
    cents[shelf] = np.floor(euros[shelf]).astype(np.int64) * 100 + 90
    gift = rng.random(cust.size) < np.where(month[day] == 11, 0.10, 0.025)
    group[gift] = len(groups)
    cents[gift] = np.asarray(W.GIFT_CARD_VALUES)[rng.integers(0, len(W.GIFT_CARD_VALUES), gift.sum())] * 100
    return kind, a, first, cust, day, cents, group


def generate_shop(n_customers: int = 2000, *, seed: int = 2026, orders_per_customer: float = 10.0,
                  end: date = REFERENCE_END) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (customers, orders) with the Finnish headers (CUSTOMER_COLUMNS, ORDER_COLUMNS), values as in the files.

    Text columns hold the exact strings written (numbers with leading zeros, "Kyllä"/"Ei",
    tags joined with "; "); blanks are missing (NaN/NaT).  Dates are datetime64 and ``Summa``
    is a float in euros; the writers format both the Finnish way.
    """
    rng = np.random.default_rng(seed)
    n, end_day = n_customers, _day(end)
    start_day = end_day - HISTORY_DAYS
    person = _people(rng, n, end_day)
    interests, n_tags, top = _interests(rng, person["gender"], person["age"])
    kind, window_start, first, cust, day, cents, group = _orders(rng, n, orders_per_customer, top, n_tags, start_day)

    signup_min = min(_day(SIGNUP_START), start_day)
    first_day, u = start_day + first, rng.random(n)
    lag = np.where(u < 0.35, 0, np.where(u < 0.8, rng.exponential(45, n), rng.random(n) * (first_day - signup_min)))
    signup = np.maximum(first_day - lag.astype(np.int64), signup_min)
    signup[kind == NEW] = start_day + window_start[kind == NEW]
    never = first < 0
    signup[never] = signup_min + (rng.random(never.sum()) * (end_day - signup_min)).astype(np.int64)
    birth = np.minimum(person["birth"], signup - 6575 - rng.integers(0, 365, n))   # 18 at signup
    email = _emails(rng, person["first"], person["last"], birth)

    # A few people registered twice: same person, a second customer number.
    valid = np.flatnonzero([isinstance(e, str) and "@" in e for e in email])
    src = rng.choice(valid, size=min(round(0.005 * n), valid.size // 2), replace=False)
    dst = rng.choice(np.setdiff1d(np.arange(n), src), size=src.size, replace=False)
    for arr in (*(person[k] for k in ("first", "last", "phone", "gender", "lang", "postal", "city")), email, birth):
        arr[dst] = arr[src]

    birth_out = birth.astype("datetime64[D]")
    birth_out[rng.random(n) < 0.08] = np.datetime64("NaT")
    order = np.lexsort((rng.random(n), signup))                 # customer numbers grow with signup date
    ids = _digits(np.arange(1, n + 1), max(6, len(str(n))))
    id_of = np.empty(n, dtype=object)
    id_of[order] = ids
    customers = pd.DataFrame({
        "Asiakasnumero": ids, "Etunimi": person["first"][order], "Sukunimi": person["last"][order],
        "Sähköposti": email[order], "Puhelin": person["phone"][order], "Syntymäaika": birth_out[order],
        "Sukupuoli": np.array(["Nainen", "Mies", "Muu", None], dtype=object)[person["gender"][order]],
        "Postinumero": person["postal"][order], "Postitoimipaikka": person["city"][order],
        "Kiinnostuksen kohteet": interests[order], "Markkinointilupa": person["consent"][order],
        "Liittymispäivä": signup[order].astype("datetime64[D]"), "Kieli": person["lang"][order],
    })
    by_date = np.argsort(day, kind="stable")
    orders = pd.DataFrame({
        "Tilausnumero": _digits(np.arange(100001, 100001 + day.size)),
        "Asiakasnumero": id_of[cust[by_date]],
        "Tilauspäivä": (start_day + day[by_date].astype(np.int64)).astype("datetime64[D]"),
        "Summa": cents[by_date] / 100.0,
        "Tuoteryhmä": np.array([*W.PRODUCT_GROUPS, W.GIFT_CARDS], dtype=object)[group[by_date]],
    })
    return customers, orders


def _write_orders_csv(orders: pd.DataFrame, path: Path, progress: Callable[[float], None] | None,
                      done: float, chunk: int = 500_000) -> None:
    columns = [orders["Tilausnumero"].to_numpy(object), orders["Asiakasnumero"].to_numpy(object),
               _finnish_dates(orders["Tilauspäivä"]), _finnish_euros(orders["Summa"]),
               orders["Tuoteryhmä"].to_numpy(object)]
    with open(path, "wb") as fh:
        fh.write((";".join(ORDER_COLUMNS) + "\r\n").encode("cp1252"))
        # No field can contain ";", quotes or newlines, so plain joining is safe and beats to_csv.
        for start in range(0, len(orders), chunk):
            rows = map(";".join, zip(*(c[start:start + chunk] for c in columns)))
            fh.write(("\r\n".join(rows) + "\r\n").encode("cp1252"))
            if progress:
                progress(done + (1.0 - done) * min(start + chunk, len(orders)) / len(orders))


def _write_customers_csv(customers: pd.DataFrame, path: Path) -> None:
    table = customers.assign(**{name: _finnish_dates(customers[name]) for name in DATE_COLUMNS})
    table.to_csv(path, sep=";", index=False, encoding="cp1252", lineterminator="\r\n")


def _write_customers_xlsx(customers: pd.DataFrame, path: Path) -> None:
    write_xlsx(customers, path, sheet="Asiakkaat", widths=[14, 12, 14, 32, 18, 13, 11, 12, 18, 36, 17, 15, 7],
               date_columns=DATE_COLUMNS, text_columns=TEXT_COLUMNS)


def write_shop(out_dir: Path, n_customers: int = 2000, *, seed: int = 2026, orders_per_customer: float = 10.0,
               customers_format: str = "xlsx", progress: Callable[[float], None] | None = None) -> tuple[Path, Path]:
    """Write customers.xlsx (or customers.csv when customers_format == "csv") and orders.csv into out_dir.

    Both CSV files follow Finnish Excel conventions: ``;``, decimal comma, d.m.yyyy, cp1252, CRLF.
    Use ``customers_format="csv"`` for large customer counts; openpyxl is slow beyond ~100 000 rows.
    """
    if customers_format not in ("xlsx", "csv"):
        raise ValueError(f"customers_format must be 'xlsx' or 'csv', not {customers_format!r}")
    report = progress or (lambda fraction: None)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    report(0.0)
    customers, orders = generate_shop(n_customers, seed=seed, orders_per_customer=orders_per_customer)
    report(0.5)
    customers_path, orders_path = out_dir / f"customers.{customers_format}", out_dir / "orders.csv"
    (_write_customers_xlsx if customers_format == "xlsx" else _write_customers_csv)(customers, customers_path)
    report(0.6)
    _write_orders_csv(orders, orders_path, progress, 0.6)
    report(1.0)
    return customers_path, orders_path


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m segmentdesk.tools.sample_shop --out DIR [options]``."""
    parser = argparse.ArgumentParser(prog="python -m segmentdesk.tools.sample_shop",
                                     description="Generate a fictional Finnish webshop's customers and orders.")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--customers", type=int, default=2000, help="number of customers (default 2000)")
    parser.add_argument("--orders-per-customer", type=float, default=10.0, help="average orders (default 10)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.add_argument("--customers-format", choices=("xlsx", "csv"), default="xlsx",
                        help="csv is much faster for large customer counts")
    args = parser.parse_args(argv)
    for path in write_shop(args.out, args.customers, seed=args.seed, orders_per_customer=args.orders_per_customer,
                           customers_format=args.customers_format):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
