"""Known exports: recognise the customer and order files of webshops (and, with
:mod:`.contact_exports`, the contact exports of CRMs and email tools) and map them.

A layout is recognised from its headers alone (case, spacing and punctuation ignored)
when every *signature* header is present; the signature is chosen so that an ordinary
shop file never matches.  Optional columns may be missing: their roles are simply left
out.  Where the platforms' documentation was found it is named beside the layout; a
layout built from weaker evidence says so.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np
import pandas as pd

from ..data import cell_types
from ..io.rawtable import RawTable
from .contact_exports import CONTACT_LAYOUTS, consent_header, contact_outcomes
from .layout_spec import BLOCKED, SUBSCRIBED, LayoutSpec, StatusColumn, header_key

__all__ = ["WebshopLayout", "header_key", "recognise_layout"]

# Slots that are not roles but that prepare() needs to read an order export.
STATUS = "status"            # order or payment status; some values mean "void"
CANCELLED = "cancelled_at"   # a date here means the order was cancelled
REFUNDED = "refunded"        # money paid back on the order
# Order-level slots written only on an order's first row by line-item exports.
_ORDER_LEVEL = ("customer_ref", "order_date", STATUS, CANCELLED)
_DATE_SLOTS = ("order_date", "signup_date")
_QUOTED_SLOTS = ("postal_code", "phone")   # Shopify writes "'00100" so that spreadsheets keep the zeros
REFUND_SUFFIX = " refund"

# Consent words the platforms write, as to_bool() reads them ("yes"/"no");
# Shopify's email-marketing states: a pending (unconfirmed), invalid or redacted address is no consent.
_CONSENT = {"yes": "yes", "true": "yes", "1": "yes", "subscribed": "yes", "confirmed opt in": "yes",
            "single opt in": "yes", "opted in": "yes",
            "no": "no", "false": "no", "0": "no", "not subscribed": "no", "unsubscribed": "no",
            "pending": "no", "invalid": "no", "redacted": "no", "opted out": "no"}
_OFFSET = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})$")


_Spec = LayoutSpec


_LAYOUTS: tuple[_Spec, ...] = (
    # Shopify customer export. Current layout ("Customer ID", "Accepts Email Marketing",
    # "Default Address …") and the older one ("Accepts Marketing", "Zip", …): Shopify Help Center,
    # "Customer CSV file" and Transporter's "Customer CSV column descriptions"; header rows as written
    # by Shopify are also quoted in several public importers.
    _Spec("Shopify", "customers",
          signature=(("Email",), ("First Name",), ("Last Name",),
                     ("Accepts Email Marketing", "Accepts Marketing"), ("Total Spent", "Total Orders", "Tax Exempt")),
          fields={"customer_id": ("Customer ID",), "email": ("Email",), "first_name": ("First Name",),
                  "last_name": ("Last Name",), "phone": ("Phone", "Default Address Phone"),
                  "postal_code": ("Default Address Zip", "Zip"), "city": ("Default Address City", "City"),
                  "country": ("Default Address Country Code", "Country Code", "Country"),
                  "consent_email": ("Accepts Email Marketing", "Accepts Marketing"), "interests": ("Tags",)}),
    # Shopify order export: one row per line item, "Name" is the order number, order-level fields
    # (email, status, dates, totals, refunds) on the order's first row only.  Layout as in the
    # Shopify Help Center's order export and the exports quoted by order-import tools.
    _Spec("Shopify", "orders",
          signature=(("Name",), ("Email",), ("Financial Status",), ("Total",), ("Lineitem name",)),
          fields={"order_id": ("Name",), "customer_ref": ("Email",), "order_date": ("Created at", "Paid at"),
                  "amount": ("Total",), "category": ("Lineitem name",), "quantity": ("Lineitem quantity",),
                  STATUS: ("Financial Status",), CANCELLED: ("Cancelled at",), REFUNDED: ("Refunded Amount",)},
          void=frozenset({"voided"})),
    # WooCommerce Analytics > Customers "Download": labels of the report table (browser download,
    # woocommerce client/admin analytics/report/customers/table.js) and of the emailed export
    # (src/Admin/API/Reports/Customers/Controller.php get_export_columns).
    _Spec("WooCommerce", "customers",
          signature=(("Name",), ("Email",), ("Orders",), ("Total spend",), ("AOV",)),
          # The Analytics order download names the customer but carries no email, so the name is the
          # only key the two files share: it stands in for the customer number.  Namesakes merge.
          fields={"customer_id": ("Name",), "email": ("Email",), "signup_date": ("Date registered", "Sign Up"),
                  "country": ("Country / Region",), "city": ("City",), "region": ("Region",),
                  "postal_code": ("Postal code",), "phone": ("Billing Phone", "Shipping Phone")}),
    # WooCommerce Analytics > Orders "Download": one row per order (table.js / Orders Controller.php).
    _Spec("WooCommerce", "orders",
          signature=(("Order #",), ("Status",), ("Customer",), ("Customer type",), ("Net sales", "N. Revenue")),
          fields={"order_id": ("Order #",), "customer_ref": ("Customer",), "order_date": ("Date",),
                  "amount": ("Net sales", "N. Revenue"), "quantity": ("Items sold",), STATUS: ("Status",)},
          void=frozenset({"cancelled", "canceled", "failed", "pending", "pending payment", "checkout draft",
                          "trash"})),
    # The widely used WooCommerce order export plugin layout ("Advanced Order Export For WooCommerce":
    # products as rows with order fields on the first row).  Its default header row, as quoted from real
    # exports: "Order Number", "Order Status", "Order Date", … "Email (Billing)", … "Item #", "SKU",
    # "Item Name" (older versions "Name"), "Quantity", "Quantity (- Refund)", "Item Cost", … "Order Refund
    # Amount", "Order Total Amount"; a shop may export "Order Total Amount (- Refund)" instead, already net
    # of refunds (then the refund column is not subtracted again).  "Billing Email"/"Order Total" are
    # other shops' renamings, kept as best evidence.
    _Spec("WooCommerce", "orders",
          signature=(("Order Number",), ("Order Date",), ("Order Status",),
                     ("Email (Billing)", "Billing Email"),
                     ("Order Total Amount", "Order Total", "Order Total Amount (- Refund)")),
          fields={"order_id": ("Order Number",), "customer_ref": ("Email (Billing)", "Billing Email"),
                  "order_date": ("Order Date",),
                  "amount": ("Order Total Amount", "Order Total", "Order Total Amount (- Refund)"),
                  "category": ("Item Name", "Product Name", "Name"),
                  "quantity": ("Quantity (- Refund)", "Quantity", "Qty"),
                  STATUS: ("Order Status",), REFUNDED: ("Order Refund Amount", "Refund Amount")},
          net_amounts=("Order Total Amount (- Refund)",),
          void=frozenset({"cancelled", "canceled", "failed", "pending", "pending payment", "checkout draft",
                          "trash"})),
    # MyCashflow customer export: the CSV identifiers of MyCashflow's help ("MyCashflow's CSV identifiers",
    # support.mycashflow.com: CustomerID, CustomerCode, CustomerLoginAllowed, CustomerLanguage,
    # CustomerVersionID, CustomerEmail, CustomerFirstName, CustomerLastName, CustomerStreetAddress, …).
    # The postal code, city, country, phone, sign-up and newsletter identifiers follow the same naming;
    # MyCashflow's API names the fields postal_code, city, country, phone, created_at (as an integration's
    # documentation lists them), but the CSV names themselves were not found: best guesses.
    _Spec("MyCashflow", "customers",
          signature=(("CustomerEmail",), ("CustomerFirstName",), ("CustomerLastName",), ("CustomerID", "CustomerCode")),
          fields={"customer_id": ("CustomerID", "CustomerCode"), "email": ("CustomerEmail",),
                  "first_name": ("CustomerFirstName",), "last_name": ("CustomerLastName",),
                  "phone": ("CustomerPhone", "CustomerMobilePhone"), "postal_code": ("CustomerPostalCode",),
                  "city": ("CustomerCity",), "country": ("CustomerCountry",), "language": ("CustomerLanguage",),
                  "signup_date": ("CustomerCreated", "CustomerRegistered"),
                  "consent_email": ("CustomerNewsletter", "CustomerMarketingPermission")}),
    # MyCashflow order export: BEST GUESS.  No documentation of the order export's columns was found;
    # the identifiers follow MyCashflow's documented <Entity><Field> naming (OrderID, ProductName, …).
    # The signature asks for three Order… identifiers, which no ordinary file has.
    _Spec("MyCashflow", "orders",
          signature=(("OrderID", "OrderNumber"), ("OrderEmail", "OrderCustomerEmail", "CustomerEmail"),
                     ("OrderTotal", "OrderTotalPrice", "OrderSum")),
          fields={"order_id": ("OrderID", "OrderNumber"),
                  "customer_ref": ("OrderEmail", "OrderCustomerEmail", "CustomerEmail"),
                  "order_date": ("OrderCreated", "OrderDate"), "amount": ("OrderTotal", "OrderTotalPrice", "OrderSum"),
                  "category": ("ProductName", "OrderProductName"), "quantity": ("ProductQuantity", "OrderProductQuantity"),
                  STATUS: ("OrderStatus",), REFUNDED: ("OrderRefunded", "OrderRefundTotal")},
          void=frozenset({"cancelled", "canceled", "peruttu", "peruutettu"})),
)


@dataclass(frozen=True)
class WebshopLayout:
    """A recognised export of one platform, bound to the headers of one file.

    ``roles`` maps our role names to the file's headers; ``columns`` holds those plus the
    order slots prepare() reads (``status``, ``cancelled_at``, ``refunded``).
    """

    name: str                                    # "Shopify", "WooCommerce", "MyCashflow", "Mailchimp", …
    table: str                                   # "customers" or "orders"
    roles: dict[str, str]
    columns: dict[str, str] = field(repr=False)
    void_statuses: frozenset[str] = field(default=frozenset(), repr=False)
    # Contact exports: how the rows tell consent and unsubscribes (see contact_exports).
    statuses: tuple[StatusColumn, ...] = field(default=(), repr=False)
    implied: str | None = field(default=None, repr=False)
    variant: str | None = None                   # e.g. "unsubscribed members" of a Mailchimp audience
    SLOTS: ClassVar[frozenset[str]] = frozenset({STATUS, CANCELLED, REFUNDED})

    @property
    def tells_consent(self) -> bool:
        """True when the file says who may be emailed: the import adds the consent column ``roles`` names."""
        return "consent_email" in self.roles and self.roles["consent_email"] not in self.columns.values()

    def do_not_contact(self, raw: RawTable) -> list[str]:
        """The addresses ``raw`` (this layout's file, prepared or not) marks unsubscribed or bounced."""
        if not self.tells_consent or "email" not in self.columns:
            return []
        outcomes = contact_outcomes(raw.frame, self.columns, self.statuses, self.implied)
        blocked = pd.Series(outcomes).isin(BLOCKED).to_numpy()
        emails = raw.frame[self.columns["email"]][blocked]
        return [e.strip() for e in emails if isinstance(e, str) and e.strip()]

    def prepare(self, raw: RawTable) -> RawTable:
        """A new RawTable of ``raw`` ready for the normal typing pipeline; ``raw`` is not changed.

        A contact export (:mod:`.contact_exports`) gets its consent column, named by
        ``roles["consent_email"]``: "yes" for a subscribed contact, "no" for an unsubscribed,
        bounced or unconfirmed one, empty where the file does not say; tags lose the double
        quotes Mailchimp writes around each.  For every layout: consent words ("yes", "subscribed", "not_subscribed", "TRUE", …) become
        "yes"/"no"; a date-time with a UTC offset ("2025-01-15 10:12:00 +0200") keeps its
        local date and time; a postal code or phone number loses the apostrophe written
        before it to keep it text in spreadsheets.  For order exports, where the rows of one
        order share its order id:

        1. order-level cells (customer, order date, status, cancellation) empty on an order's
           later rows are filled from the order's first row that has them;
        2. orders the platform marks void (e.g. Shopify "voided", WooCommerce "cancelled" or
           "failed") or that carry a cancellation date are dropped;
        3. the amount column holds the order total (the first total written for the order) on
           the order's first row only and is empty on its other rows, so the amounts of an
           order sum to its total;
        4. a refunded amount becomes one extra row per refunded order: a copy of the order's
           first row with order id ``"<id> refund"`` and amount ``-refunded`` (no category or
           quantity) — a return, counted against spend but not as an order.
        """
        frame = raw.frame.copy(deep=False)      # columns are replaced, never written into
        cols = self.columns
        if self.tells_consent:
            outcomes = contact_outcomes(frame, cols, self.statuses, self.implied)
            consent = np.where(outcomes == None, None, np.where(outcomes == SUBSCRIBED, "yes", "no"))  # noqa: E711
            frame[self.roles["consent_email"]] = pd.Series(consent, index=frame.index, dtype=object)
        if "interests" in cols:
            frame[cols["interests"]] = _map_distinct(frame[cols["interests"]], _unquote_tags)
        if "consent_email" in cols:
            frame[cols["consent_email"]] = _map_distinct(frame[cols["consent_email"]], _consent_word)
        for slots, convert in ((_DATE_SLOTS, _drop_utc_offset), (_QUOTED_SLOTS, _drop_apostrophe)):
            for slot in slots:
                if slot in cols:
                    frame[cols[slot]] = _map_distinct(frame[cols[slot]], convert)
        if self.table == "orders" and "order_id" in cols:
            frame = self._prepare_orders(frame)
        return dataclasses.replace(raw, frame=frame.reset_index(drop=True))

    def _prepare_orders(self, frame: pd.DataFrame) -> pd.DataFrame:
        cols = self.columns
        key = cell_types.to_text(frame[cols["order_id"]])
        order = _order_codes(key)
        for slot in _ORDER_LEVEL:
            if slot in cols:
                column = frame[cols[slot]]
                filled = column.where(column.notna(), column.groupby(order).transform("first")).astype(object)
                frame[cols[slot]] = filled.where(filled.notna(), None)
        void = np.zeros(len(frame), dtype=bool)
        if STATUS in cols and self.void_statuses:
            void |= _map_distinct(frame[cols[STATUS]], _status_word).isin(self.void_statuses).to_numpy()
        if CANCELLED in cols:
            void |= cell_types.to_text(frame[cols[CANCELLED]]).notna().to_numpy()
        frame, key, order = frame[~void], key[~void], order[~void]
        first_row = ~pd.Series(order).duplicated().to_numpy()
        if "amount" in cols:
            total = cell_types.to_number(frame[cols["amount"]])
            frame[cols["amount"]] = total.groupby(order).transform("first").where(first_row)
        if REFUNDED in cols and "amount" in cols:
            refunded = cell_types.to_number(frame[cols[REFUNDED]]).abs().groupby(order).transform("first")
            has_refund = first_row & key.notna().to_numpy() & (refunded > 0).to_numpy()
            if has_refund.any():
                refunds = frame[has_refund].copy()
                refunds[cols["order_id"]] = (key[has_refund] + REFUND_SUFFIX).to_numpy(dtype=object)
                refunds[cols["amount"]] = -refunded[has_refund]
                for slot in ("category", "quantity"):
                    if slot in cols:
                        refunds[cols[slot]] = None
                frame = pd.concat([frame, refunds], ignore_index=True)
        return frame


def recognise_layout(raw: RawTable, *, table: str) -> WebshopLayout | None:
    """The known webshop layout of ``raw`` as a ``table`` ("customers" or "orders"), or None.

    A layout matches when each of its signature headers is present (compared by
    :func:`header_key`); of several matches the one that finds most of its columns wins.
    """
    present: dict[str, str] = {}
    for header in raw.columns:
        present.setdefault(header_key(header), header)
    best: tuple[int, WebshopLayout] | None = None
    for spec in _LAYOUTS + CONTACT_LAYOUTS:
        if spec.table != table:
            continue
        if not all(any(header_key(h) in present for h in spelling) for spelling in spec.signature):
            continue
        columns: dict[str, str] = {}
        for slot, spellings in spec.fields.items():
            found = next((present[header_key(h)] for h in spellings if header_key(h) in present), None)
            if found is not None and found not in columns.values():
                columns[slot] = found
        if "amount" in columns and header_key(columns["amount"]) in {header_key(h) for h in spec.net_amounts}:
            columns.pop(REFUNDED, None)           # the total is net of refunds already
        status_slots = {s.slot for s in spec.statuses}
        roles = {slot: header for slot, header in columns.items()
                 if slot not in WebshopLayout.SLOTS and slot not in status_slots}
        if spec.implied is not None or status_slots & set(columns):
            roles["consent_email"] = consent_header(spec.name, list(raw.columns))
        layout = WebshopLayout(spec.name, table, roles, columns, spec.void, spec.statuses, spec.implied, spec.variant)
        if best is None or len(columns) > best[0]:
            best = (len(columns), layout)
    return None if best is None else best[1]


def _order_codes(key: pd.Series) -> np.ndarray:
    """One integer per order id; a row without an order id is an order of its own."""
    codes, uniques = pd.factorize(key, use_na_sentinel=True)
    missing = codes < 0
    codes[missing] = len(uniques) + np.arange(int(missing.sum()))
    return codes


def _map_distinct(col: pd.Series, convert) -> pd.Series:
    """``convert`` applied to each distinct non-empty cell once; empty cells stay None."""
    codes, uniques = pd.factorize(col, use_na_sentinel=True)
    answers = np.empty(len(uniques) + 1, dtype=object)
    answers[:-1] = [convert(u) for u in uniques]
    answers[-1] = None
    return pd.Series(answers[codes], index=col.index, dtype=object)


def _words(value: object) -> str:
    return re.sub(r"[\s_\-]+", " ", str(value).casefold()).strip()


def _consent_word(value: object) -> object:
    if isinstance(value, str):
        return _CONSENT.get(_words(value), value)
    return value


def _status_word(value: object) -> str:
    word = _words(value)
    return word.removeprefix("wc ")                          # WooCommerce's "wc-cancelled"


def _drop_utc_offset(value: object) -> object:
    if isinstance(value, str):
        match = _OFFSET.match(value.strip())
        if match:
            return match.group(1)
    return value


def _unquote_tags(value: object) -> object:
    # Mailchimp writes TAGS as "VIP","Blog": each tag in double quotes, separated by commas.
    if isinstance(value, str) and '"' in value:
        return value.replace('"', "")
    return value


def _drop_apostrophe(value: object) -> object:
    if isinstance(value, str) and value.startswith("'"):
        return value[1:] or None
    return value
