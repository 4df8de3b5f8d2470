"""An access request the person can read: the record of ``person_record`` as one HTML page, in Finnish
or English, that any browser opens and prints (the JSON stays for machines).

Every value is escaped; dates and numbers are written as the rest of the app writes them in that
language.  The page carries no script, style sheet or link to anything outside it.
"""
from __future__ import annotations

import datetime as dt
import html
from typing import Any

from ..formats import format_date, format_decimal

WORDS = {
    "title": ("Tiedot, jotka {project} sisältää sinusta", "What {project} holds about you"),
    "intro": ("Tämä on kaikki, mitä asiakasrekisteri {project} sisältää henkilöstä, jota pyyntö koski "
              "({query}), {as_of} tilanteen mukaan.",
              "This is everything the customer register {project} holds about the person the request named "
              "({query}), as of {as_of}."),
    "customer": ("Asiakastiedot", "Customer details"),
    "field": ("Tieto", "Field"),
    "value": ("Arvo", "Value"),
    "orders": ("Tilaukset", "Orders"),
    "segments": ("Asiakasryhmät, joihin kuulut nyt", "Customer groups you are in now"),
    "snapshots": ("Aiemmat asiakasryhmät (tilannekuvat)", "Earlier customer groups (snapshots)"),
    "taken": ("Otettu", "Taken"),
    "groups": ("Ryhmät", "Groups"),
    "dnc": ("Suoramarkkinointikielto", "Do-not-contact list"),
    "dnc_yes": ("Osoitteesi on listalla: sinulle ei lähetetä markkinointia.",
                "Your address is on the list: you are sent no marketing."),
    "dnc_no": ("Osoitteesi ei ole listalla.", "Your address is not on the list."),
    "edits": ("Käsin tehdyt muutokset", "Changes made by hand"),
    "changed": ("Muutettu", "Changed"),
    "consent": ("Markkinointiluvat", "Marketing consent"),
    "date": ("Päivä", "Date"),
    "given": ("annettu", "given"),
    "withdrawn": ("peruttu", "withdrawn"),
    "how": ("Miten", "How"),
    "notes": ("Muistiinpanot", "Notes"),
    "log": ("Tapahtumaloki", "Log entries"),
    "action": ("Tapahtuma", "Action"),
    "none": ("Ei mitään.", "Nothing."),
    "yes": ("kyllä", "yes"),
    "no": ("ei", "no"),
}
HOW = {"form": ("lomakkeella", "on a form"), "email": ("sähköpostilla", "by email"),
       "shop": ("myymälässä", "in the shop"), "other": ("muuten", "other")}


def person_report_html(record: dict[str, Any], *, lang: str) -> str:
    """The access request ``record`` (``segmentdesk.person-data/1``) as a complete HTML page in ``lang``."""
    w = _words(lang)
    query = record.get("query", {})
    asked = ", ".join(str(v) for v in (query.get("email"), query.get("customer_id")) if v)
    parts = [f"<h1>{_e(w['title'].format(project=record.get('project', '')))}</h1>",
             f"<p>{_e(w['intro'].format(project=record.get('project', ''), query=asked, as_of=_value(record.get('as_of'), lang)))}</p>"]
    for customer in record.get("customers", []):
        parts += [f"<h2>{_e(w['customer'])}</h2>",
                  _table([w["field"], w["value"]], [[k, _value(v, lang)] for k, v in customer.items()])]
    parts.append(f"<h2>{_e(w['orders'])}</h2>")
    orders = record.get("orders", [])
    parts.append(_table(list(orders[0]), [[_value(v, lang) for v in o.values()] for o in orders])
                 if orders else _none(w))
    parts.append(f"<h2>{_e(w['segments'])}</h2>")
    segments = record.get("segments", [])
    parts.append("<ul>" + "".join(f"<li>{_e(s)}</li>" for s in segments) + "</ul>" if segments else _none(w))
    parts.append(f"<h2>{_e(w['snapshots'])}</h2>")
    snaps = record.get("snapshots", [])
    parts.append(_table([w["taken"], w["groups"]], [[_value(s.get("taken_at"), lang), ", ".join(s.get("segments", []))]
                                                    for s in snaps]) if snaps else _none(w))
    parts += [f"<h2>{_e(w['dnc'])}</h2>", f"<p>{_e(w['dnc_yes'] if record.get('do_not_contact') else w['dnc_no'])}</p>"]
    register = record.get("register", {})
    parts.append(f"<h2>{_e(w['edits'])}</h2>")
    edits = register.get("edits", [])
    parts.append(_table([w["field"], w["value"], w["changed"]],
                        [[e.get("field", "").split(":", 1)[-1], _value(e.get("value"), lang), _value(e.get("at"), lang)]
                         for e in edits]) if edits else _none(w))
    parts.append(f"<h2>{_e(w['consent'])}</h2>")
    consent = register.get("consent", [])
    parts.append(_table([w["date"], w["consent"], w["how"]],
                        [[_value(c.get("date"), lang), w["given"] if c.get("given") else w["withdrawn"],
                          _how(c.get("how"), lang)] for c in consent]) if consent else _none(w))
    parts.append(f"<h2>{_e(w['notes'])}</h2>")
    notes = register.get("notes", [])
    parts.append(_table([w["date"], w["notes"]], [[_value(n.get("date"), lang), n.get("text", "")] for n in notes])
                 if notes else _none(w))
    parts.append(f"<h2>{_e(w['log'])}</h2>")
    log = record.get("audit_log", [])
    parts.append(_table([w["date"], w["action"]], [[_value(e.get("at"), lang), e.get("action", "")] for e in log])
                 if log else _none(w))
    return (f'<!DOCTYPE html>\n<html lang="{"fi" if lang == "fi" else "en"}">\n<head><meta charset="utf-8">'
            f"<title>{_e(w['title'].format(project=record.get('project', '')))}</title></head>\n<body>\n"
            + "\n".join(parts) + "\n</body>\n</html>\n")


def _words(lang: str) -> dict[str, str]:
    i = 0 if lang == "fi" else 1
    return {k: v[i] for k, v in WORDS.items()}


def _how(how: Any, lang: str) -> str:
    pair = HOW.get(str(how))
    return str(how or "") if pair is None else pair[0 if lang == "fi" else 1]


def _value(value: Any, lang: str) -> str:
    """A value of the record as the app writes it: dates and numbers by language, yes/no in words."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _words(lang)["yes" if value else "no"]
    if isinstance(value, (int, float)):
        return format_decimal(value, lang)
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        day = format_date(when.date(), lang)
        return day if len(value) == 10 else f"{day} {when:%H:%M}"
    return str(value)


def _table(header: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table border="1" cellpadding="4"><tr>{head}</tr>{body}</table>'


def _none(w: dict[str, str]) -> str:
    return f"<p>{_e(w['none'])}</p>"


def _e(text: Any) -> str:
    return html.escape(str(text))
