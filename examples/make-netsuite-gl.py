#!/usr/bin/env python3
"""Writes examples/netsuite-gl-detail-2026-06.csv: the AR control account's detail lines of Harborline
Distribution Co. (the company of netsuite-ar-aging-detail.csv) in NetSuite's GL-detail layout, built from
the open items, with a few planted reconciling items. Standard library only; run from the repository root:

    python3 examples/make-netsuite-gl.py          # rewrites the file
    python3 examples/make-netsuite-gl.py --check  # fails when the committed file differs

Planted (GL − subledger, worked by hand; the README and the tests quote them):
  identified   timing        INV40560 3,500.68 dated 6/30 in the subledger, posted to the GL on 7/1   -3,500.68
               FX            JE-2606-FX  FX revaluation of the CAD receivables                         +214.37
               adjustment    JE-2606-014 "Manual adjustment: reclass ..." with its reason             -2,500.00
  to investigate
               in subledger only   INV40436 159.52 is not in the GL                                      -159.52
               amount differs      INV40294: 399.71 in the subledger, 390.71 in the GL                     -9.00
  difference -5,954.83 = identified -5,786.31 + to investigate -168.52
"""
import csv
import io
import sys
from decimal import Decimal
from pathlib import Path

SUBLEDGER = Path("examples/netsuite-ar-aging-detail.csv")
OUT = Path("examples/netsuite-gl-detail-2026-06.csv")

TIMING = "INV40560"
MISSING = "INV40436"
AMOUNT_DIFFERS = ("INV40294", Decimal("390.71"))
CONTRA = {"Invoice": "40000 Sales", "Credit Memo": "40000 Sales", "Payment": "10100 Operating Account"}


def money(d):
    return f"{d:,.2f}"


def open_items():
    rows = list(csv.reader(SUBLEDGER.read_text(encoding="utf-8").splitlines()))
    header = next(i for i, r in enumerate(rows) if r and r[0] == "Customer")
    for r in rows[header + 1:]:
        if len(r) < 8 or r[0] in ("", "Total"):
            continue
        yield {"customer": r[0], "type": r[1], "date": r[2], "doc": r[3], "po": r[4],
               "amount": Decimal(r[7].replace(",", ""))}


def posting(out, account, kind, date, doc, name, memo, amount):
    """One GL line: a positive amount is a debit."""
    out.writerow([account, kind, date, doc, name, memo, money(amount) if amount > 0 else "",
                  money(-amount) if amount < 0 else ""])


def build():
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    buf.write("Harborline Distribution Co.\nGeneral Ledger\nOpen transactions through Jun 30 2026\n\n")
    out.writerow(["Account", "Type", "Date", "Document Number", "Name", "Memo", "Debit", "Credit"])
    debit = credit = Decimal("0")
    lines = []
    for i in open_items():
        if i["doc"] == MISSING:
            continue
        amount = AMOUNT_DIFFERS[1] if i["doc"] == AMOUNT_DIFFERS[0] else i["amount"]
        date = "7/1/2026" if i["doc"] == TIMING else i["date"]
        lines.append(("11000 Accounts Receivable", i["type"], date, i["doc"], i["customer"], i["po"], amount))
        lines.append((CONTRA[i["type"]], i["type"], date, i["doc"], i["customer"], i["po"], -amount))
    journals = [
        ("JE-2606-FX", "FX revaluation of CAD receivables June 2026", Decimal("214.37"), "89000 Unrealized Exchange Gain/Loss"),
        ("JE-2606-014", "Manual adjustment: reclass of customer deposit Union Square Bistro to AR per controller memo "
                        "2026-06-30", Decimal("-2500.00"), "23000 Customer Deposits"),
    ]
    for doc, memo, amount, contra in journals:
        lines.append(("11000 Accounts Receivable", "Journal", "6/30/2026", doc, "", memo, amount))
        lines.append((contra, "Journal", "6/30/2026", doc, "", memo, -amount))
    for line in lines:
        posting(out, *line)
        debit += max(line[6], Decimal("0"))
        credit += max(-line[6], Decimal("0"))
    out.writerow(["Total", "", "", "", "", "", money(debit), money(credit)])
    return buf.getvalue()


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} differs from what {sys.argv[0]} writes")
        print(f"{OUT} is up to date")
    else:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT}")
