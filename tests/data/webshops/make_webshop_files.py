"""Write the webshop export fixtures of this folder (run it from anywhere: ``python make_webshop_files.py``).

Each file copies the column layout its platform writes (see README.md for the sources) with a few
made-up Finnish customers.  The expected figures the tests check are listed in README.md.
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent

SHOPIFY_CUSTOMER_HEADER = [
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
    "Default Address Address1", "Default Address Address2", "Default Address City", "Default Address Province Code",
    "Default Address Country Code", "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
    "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags"]
SHOPIFY_LEGACY_CUSTOMER_HEADER = [
    "First Name", "Last Name", "Email", "Company", "Address1", "Address2", "City", "Province", "Province Code",
    "Country", "Country Code", "Zip", "Phone", "Accepts Marketing", "Total Spent", "Total Orders", "Tags", "Note",
    "Tax Exempt"]
SHOPIFY_ORDER_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price", "Lineitem sku",
    "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip", "Billing Province",
    "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2",
    "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone",
    "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
    "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value",
    "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties",
    "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At",
    "Payment References"]

# (first, last, email, street, city, zip, phone, accepts email marketing, tags, total spent, total orders)
PEOPLE = [
    ("Aino", "Mäkelä", "aino.makela@example.fi", "Mannerheimintie 12 A 3", "Helsinki", "00100", "+358401234567",
     "yes", "jooga, kahvi", "105.50", "2"),
    ("Eero", "Järvinen", "eero.jarvinen@example.fi", "Hämeenkatu 5 B 12", "Tampere", "33100", "+358407654321",
     "no", "juoksu", "119.00", "1"),
    ("Sanna", "Öhman", "sanna.ohman@example.fi", "Aurakatu 8", "Turku", "20100", "+358501112222",
     "yes", "tee, lukeminen", "59.40", "2"),
    ("Ville", "Äijälä", "ville.aijala@example.fi", "Kirkkokatu 20", "Oulu", "90100", "",
     "no", "", "0.00", "0"),
    ("Liisa", "Heikkinen", "liisa.heikkinen@example.fi", "Kauppakatu 3", "Jyväskylä", "40100", "+358443334444",
     "yes", "lahjat", "16.90", "1"),
]

# Shopify orders: (name, email, financial status, created at, cancelled at, shipping, refunded, billing person,
#                  lines [(quantity, name, price, sku)])
SHOPIFY_ORDERS = [
    ("#1001", "aino.makela@example.fi", "paid", "2025-01-15 10:12:04 +0200", "", "5.90", "0.00", 0,
     [(1, "Joogamatto", "49.90", "JM-01"), (2, "Joogatiili", "12.50", "JT-02"), (1, "Luomukahvi 500 g", "9.90", "KF-05")]),
    ("#1002", "aino.makela@example.fi", "partially_refunded", "2025-03-02 18:40:11 +0200", "", "4.90", "9.90", 0,
     [(2, "Luomukahvi 500 g", "9.90", "KF-05")]),
    ("#1003", "EERO.Jarvinen@example.fi", "paid", "2025-02-10 08:05:00 +0200", "", "0.00", "0.00", 1,
     [(1, "Juoksukengät", "119.00", "JK-42")]),
    ("#1004", "eero.jarvinen@example.fi", "voided", "2025-02-11 21:17:45 +0200", "", "0.00", "0.00", 1,
     [(1, "Juomapullo", "35.00", "JP-01")]),
    ("#1005", "sanna.ohman@example.fi", "refunded", "2025-04-01 12:00:00 +0300", "", "4.90", "29.80", 2,
     [(1, "Kirja: Metsän kieli", "24.90", "KI-77")]),
    ("#1006", "sanna.ohman@example.fi", "refunded", "2025-04-05 20:01:00 +0300", "2025-04-06 09:15:00 +0300", "4.90",
     "15.90", 2, [(1, "Tuoksukynttilä", "11.00", "TK-03")]),
    ("#1007", "sanna.ohman@example.fi", "paid", "2025-05-03 14:22:00 +0300", "", "5.90", "0.00", 2,
     [(3, "Vihreä tee", "6.50", "VT-10"), (1, "Teekannu", "34.00", "TKN-1")]),
    ("#1008", "vieras.asiakas@example.fi", "paid", "2025-05-10 16:45:30 +0300", "", "0.00", "0.00", None,
     [(3, "Postikortti", "5.00", "PK-01")]),
    ("#1009", "liisa.heikkinen@example.fi", "pending", "2025-05-20 09:30:00 +0300", "", "4.90", "0.00", 4,
     [(1, "Lahjakortti", "12.00", "LK-12")]),
]


def write(name: str, header: list[str], rows: list[dict[str, object]], *, delimiter: str = ",") -> None:
    with open(HERE / name, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, header, restval="", delimiter=delimiter, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def shopify_customers() -> None:
    rows = []
    for i, (first, last, email, street, city, zip_code, phone, marketing, tags, spent, count) in enumerate(PEOPLE):
        # Shopify writes a leading apostrophe before zip codes and phone numbers so spreadsheets keep them as text.
        rows.append({"Customer ID": str(7301234560001 + i), "First Name": first, "Last Name": last, "Email": email,
                     "Accepts Email Marketing": marketing, "Default Address Address1": street,
                     "Default Address City": city, "Default Address Country Code": "FI",
                     "Default Address Zip": "'" + zip_code, "Default Address Phone": phone and "'" + phone,
                     "Phone": phone and "'" + phone, "Accepts SMS Marketing": "no", "Total Spent": spent,
                     "Total Orders": count, "Tax Exempt": "no", "Tags": tags})
    write("shopify_customers.csv", SHOPIFY_CUSTOMER_HEADER, rows)
    legacy = [{"First Name": p[0], "Last Name": p[1], "Email": p[2], "Address1": p[3], "City": p[4],
               "Country": "Finland", "Country Code": "FI", "Zip": p[5], "Phone": p[6], "Accepts Marketing": p[7],
               "Total Spent": p[9], "Total Orders": p[10], "Tags": p[8], "Tax Exempt": "no"} for p in PEOPLE]
    write("shopify_customers_legacy.csv", SHOPIFY_LEGACY_CUSTOMER_HEADER, legacy)


def shopify_orders() -> None:
    rows = []
    for number, (name, email, status, created, cancelled, shipping, refunded, person, lines) in \
            enumerate(SHOPIFY_ORDERS, start=5801234560001):
        subtotal = sum(q * float(p) for q, _, p, _ in lines)
        total = subtotal + float(shipping)
        billing = PEOPLE[person] if person is not None else ("Vieras", "Asiakas", "", "Puistotie 1", "Espoo",
                                                              "02100", "")
        for i, (quantity, item, price, sku) in enumerate(lines):
            row: dict[str, object] = {"Name": name, "Email": email, "Lineitem quantity": quantity,
                                      "Lineitem name": item, "Lineitem price": price, "Lineitem sku": sku,
                                      "Lineitem requires shipping": "true", "Lineitem taxable": "true",
                                      "Lineitem fulfillment status": "pending", "Vendor": "Pieni Puoti",
                                      "Lineitem discount": "0.00"}
            if i == 0:      # the order's own columns: first line item only
                row.update({"Financial Status": status, "Paid at": created if status != "voided" else "",
                            "Fulfillment Status": "unfulfilled", "Accepts Marketing": "no", "Currency": "EUR",
                            "Subtotal": f"{subtotal:.2f}", "Shipping": shipping,
                            "Taxes": f"{total * 25.5 / 125.5:.2f}", "Total": f"{total:.2f}",
                            "Discount Amount": "0.00", "Shipping Method": "Posti Pakettiautomaatti",
                            "Created at": created, "Billing Name": f"{billing[0]} {billing[1]}",
                            "Billing Street": billing[3], "Billing Address1": billing[3], "Billing City": billing[4],
                            "Billing Zip": "'" + billing[5], "Billing Country": "FI",
                            "Shipping Name": f"{billing[0]} {billing[1]}", "Shipping Street": billing[3],
                            "Shipping Address1": billing[3], "Shipping City": billing[4],
                            "Shipping Zip": "'" + billing[5], "Shipping Country": "FI", "Cancelled at": cancelled,
                            "Payment Method": "Shopify Payments", "Refunded Amount": refunded,
                            "Outstanding Balance": "0.00", "Id": str(number), "Risk Level": "Low", "Source": "web",
                            "Tax 1 Name": "ALV 25,5%", "Tax 1 Value": f"{total * 25.5 / 125.5:.2f}"})
            rows.append(row)
    write("shopify_orders.csv", SHOPIFY_ORDER_HEADER, rows)


def woocommerce() -> None:
    customers = [
        ["Aino Mäkelä", "ainom", "2025-03-02 18:40:11", "2024-11-05 14:33:10", "aino.makela@example.fi", "2",
         "92.72", "46.36", "FI", "Helsinki", "", "00100"],
        ["Eero Järvinen", "eeroj", "2025-02-12 09:00:00", "2024-12-01 19:02:55", "eero.jarvinen@example.fi", "1",
         "119.00", "119.00", "FI", "Tampere", "", "33100"],
        ["Sanna Öhman", "", "2025-04-01 12:00:00", "", "sanna.ohman@example.fi", "0", "0.00", "0.00", "FI", "Turku",
         "", "20100"],
    ]
    header = ["Name", "Username", "Last active", "Date registered", "Email", "Orders", "Total spend", "AOV",
              "Country / Region", "City", "Region", "Postal code"]
    write("woocommerce_customers.csv", header, [dict(zip(header, r)) for r in customers])
    orders = [
        ["2025-01-15 10:12:04", "1201", "completed", "Aino Mäkelä", "new", "1× Joogamatto, 2× Joogatiili", "3", "",
         "74.90"],
        ["2025-03-02 18:40:11", "1215", "processing", "Aino Mäkelä", "returning", "2× Luomukahvi 500 g", "2",
         "kevat10", "17.82"],
        ["2025-02-10 08:05:00", "1207", "completed", "Eero Järvinen", "new", "1× Juoksukengät", "1", "", "119.00"],
        ["2025-02-12 09:00:00", "1208", "cancelled", "Eero Järvinen", "returning", "1× Juomapullo", "1", "", "35.00"],
        ["2025-04-01 12:00:00", "1220", "failed", "Sanna Öhman", "new", "1× Kirja: Metsän kieli", "1", "", "24.90"],
    ]
    header = ["Date", "Order #", "Status", "Customer", "Customer type", "Product(s)", "Items sold", "Coupon(s)",
              "Net sales"]
    write("woocommerce_orders.csv", header, [dict(zip(header, r)) for r in orders])
    header = ["Order Number", "Order Status", "Order Date", "First Name (Billing)", "Last Name (Billing)",
              "City (Billing)", "Zip (Billing)", "Country Code (Billing)", "Email (Billing)", "Phone (Billing)",
              "Payment Method Title", "Order Shipping Amount", "Order Refund Amount", "Order Total Amount", "SKU",
              "Item Name", "Quantity", "Item Cost"]
    lines = [
        ["1301", "Completed", "2025-01-20 11:00", "Aino", "Mäkelä", "Helsinki", "00100", "FI",
         "aino.makela@example.fi", "+358401234567", "Paytrail", "5.90", "0.00", "64.80", "JM-01", "Joogamatto", "1",
         "49.90"],
        ["1301"] + [""] * 13 + ["JH-01", "Joogahihna", "1", "9.00"],
        ["1302", "Completed", "2025-02-14 17:25", "Eero", "Järvinen", "Tampere", "33100", "FI",
         "eero.jarvinen@example.fi", "+358407654321", "Paytrail", "5.00", "20.00", "45.00", "JP-02", "Juomapullo", "1",
         "25.00"],
        ["1302"] + [""] * 13 + ["US-03", "Urheilusukat", "2", "7.50"],
        ["1303", "Cancelled", "2025-04-02 08:10", "Sanna", "Öhman", "Turku", "20100", "FI", "sanna.ohman@example.fi",
         "+358501112222", "Paytrail", "4.90", "0.00", "29.80", "KI-77", "Kirja: Metsän kieli", "1", "24.90"],
    ]
    write("woocommerce_order_export.csv", header, [dict(zip(header, r)) for r in lines])


def mycashflow() -> None:
    header = ["CustomerID", "CustomerCode", "CustomerEmail", "CustomerFirstName", "CustomerLastName",
              "CustomerCompany", "CustomerStreetAddress", "CustomerPostalCode", "CustomerCity", "CustomerCountry",
              "CustomerPhone", "CustomerLanguage", "CustomerLoginAllowed", "CustomerNewsletter"]
    customers = [
        ["101", "", "aino.makela@example.fi", "Aino", "Mäkelä", "", "Mannerheimintie 12 A 3", "00100", "Helsinki",
         "FI", "040 123 4567", "fi", "1", "1"],
        ["102", "", "eero.jarvinen@example.fi", "Eero", "Järvinen", "", "Hämeenkatu 5 B 12", "33100", "Tampere", "FI",
         "040 765 4321", "fi", "1", "0"],
        ["103", "", "ville.aijala@example.fi", "Ville", "Äijälä", "", "Kirkkokatu 20", "90100", "Oulu", "FI", "",
         "sv", "0", "1"],
    ]
    write("mycashflow_customers.csv", header, [dict(zip(header, r)) for r in customers], delimiter=";")
    header = ["OrderID", "OrderCreated", "OrderStatus", "CustomerID", "OrderEmail", "OrderFirstName",
              "OrderLastName", "OrderTotal", "ProductName", "ProductQuantity", "ProductPrice"]
    orders = [
        ["5001", "2025-01-18 12:00:00", "Toimitettu", "101", "aino.makela@example.fi", "Aino", "Mäkelä", "65.70",
         "Joogamatto", "1", "49.90"],
        ["5001", "", "", "", "", "", "", "", "Luomukahvi 500 g", "1", "9.90"],
        # A guest order: no customer number, only the email (Ville registered later).
        ["5002", "2025-02-20 15:30:00", "Toimitettu", "", "ville.aijala@example.fi", "Ville", "Äijälä", "24.90",
         "Kirja: Metsän kieli", "1", "24.90"],
        ["5003", "2025-03-01 10:00:00", "Peruttu", "102", "eero.jarvinen@example.fi", "Eero", "Järvinen", "35.00",
         "Juomapullo", "1", "35.00"],
    ]
    write("mycashflow_orders.csv", header, [dict(zip(header, r)) for r in orders], delimiter=";")


if __name__ == "__main__":
    shopify_customers()
    shopify_orders()
    woocommerce()
    mycashflow()
