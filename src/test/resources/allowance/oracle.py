#!/usr/bin/env python3
"""Generated history with known write-off rates by bucket, and the allowance an independent reader expects.

Writes history.csv, write-offs.csv, open-items.csv, trial-balance.csv and expected.json here. Run from the
repository root or this folder: python3 src/test/resources/allowance/oracle.py

The design makes the true loss rate of each aging bucket known in closed form. Invoices are dated every day (20 a
day), due 30 days later. Invoice k's fate is slot k mod 20, so every day has every fate once: 2 slots are bad debts,
written off 150 days past due; the other 18 are paid a fixed number of days past due. A bucket's balance at a month end is, on average, each
fate's share times the days it spends in that bucket, so the share written off is
    rate(b) = bad share x days(bad, b) / sum over fates of share x days(fate, b).
Amounts vary by day only (never by fate), so amount weighting leaves the rates all but unchanged.

The expected provision is computed the way an auditor would re-perform it from the files alone (month-end balances
rebuilt from the history, write-offs within six months, the rates applied to the as-of aging), independent of the
Java code.
"""
import csv, json, os
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 34
HERE = os.path.dirname(os.path.abspath(__file__))
START, AS_OF = date(2024, 7, 1), date(2026, 6, 30)
TERMS, PER_DAY, OUTCOME_MONTHS, LOOKBACK = 30, 20, 6, 24
WRITE_OFF_AGE = 150
# days past due at payment for the 18 good slots (negative: before due)
GOOD = [-5] * 6 + [10] * 5 + [40] * 4 + [70] * 2 + [100] * 1
BAD_SLOTS = 2
SLOTS = BAD_SLOTS + len(GOOD)
BUCKETS = [("Current", None, 0), ("1-30", 1, 30), ("31-60", 31, 60), ("61-90", 61, 90), ("91-120", 91, 120),
           ("Over 120", 121, None)]
CUSTOMERS = [f"Generated Customer {i:02d}" for i in range(1, 54)]
HELD = Decimal("20000.00")


def bucket(age):
    for i, (_, lo, hi) in enumerate(BUCKETS):
        if (lo is None or age >= lo) and (hi is None or age <= hi):
            return i


def month_end(d):
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    return month_end(date(d.year + y, m + 1, 1))


def invoices():
    k, d = 0, START
    while d <= AS_OF:
        for _ in range(PER_DAY):
            slot = k % SLOTS
            due = d + timedelta(days=TERMS)
            day = (d - START).days
            amount = Decimal(1000 + 37 * (day % 37)) + Decimal(day % 100) / 100  # one amount a day: fates stay even
            bad = slot < BAD_SLOTS
            settle = due + timedelta(days=WRITE_OFF_AGE if bad else GOOD[slot - BAD_SLOTS])
            yield dict(k=k, doc=d, due=due, amount=amount, bad=bad, settle=settle, customer=CUSTOMERS[k % len(CUSTOMERS)],
                       number=f"INV{100000 + k}")
            k += 1
        d += timedelta(days=1)


def true_rates():
    days = [[0] * len(BUCKETS) for _ in range(SLOTS)]
    for slot in range(SLOTS):
        s = WRITE_OFF_AGE if slot < BAD_SLOTS else GOOD[slot - BAD_SLOTS]
        for age in range(-TERMS, s):
            days[slot][bucket(age)] += 1
    rates = []
    for b in range(len(BUCKETS)):
        total = sum(days[s][b] for s in range(SLOTS))
        bad = sum(days[s][b] for s in range(BAD_SLOTS))
        rates.append(bad / total if total else None)
    return rates


def money(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def main():
    inv = list(invoices())
    fmt = lambda d: f"{d.month}/{d.day}/{d.year}"
    with open(os.path.join(HERE, "history.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Type", "Date", "Document Number", "Name", "Due Date", "Amount", "Amount Remaining", "Status",
                    "Date Closed"])
        for i in inv:
            if i["doc"] > AS_OF:
                continue
            closed = i["settle"] <= AS_OF
            w.writerow(["Invoice", fmt(i["doc"]), i["number"], i["customer"], fmt(i["due"]), f"{i['amount']:.2f}",
                        "0.00" if closed else f"{i['amount']:.2f}", "Paid In Full" if closed else "Open",
                        fmt(i["settle"]) if closed else ""])
    wo = [i for i in inv if i["bad"] and i["settle"] <= AS_OF]
    with open(os.path.join(HERE, "write-offs.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Type", "Date", "Document Number", "Name", "Amount", "Memo"])
        for n, i in enumerate(wo):
            w.writerow(["Write-off", fmt(i["settle"]), f"WO-{n + 1:05d}", i["customer"], f"-{i['amount']:.2f}",
                        f"Bad debt: {i['number']} uncollectible"])
    open_items = [i for i in inv if i["doc"] <= AS_OF and i["settle"] > AS_OF]
    with open(os.path.join(HERE, "open-items.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Open Amount"])
        for i in open_items:
            w.writerow([i["customer"], i["number"], i["doc"].isoformat(), i["due"].isoformat(), f"{i['amount']:.2f}",
                        f"{i['amount']:.2f}"])
    # The auditor's re-performance: month-end balances by bucket, write-offs within the window after each.
    ends = []
    e = month_end(AS_OF - timedelta(days=AS_OF.day))
    for _ in range(LOOKBACK):
        ends.insert(0, e)
        e = e.replace(day=1) - timedelta(days=1)
    first = min(i["doc"] for i in inv)
    # month ends the history covers back to the oldest bucket (120 days past due + 30 days' terms)
    ends = [m for m in ends if m >= first + timedelta(days=150)]
    nb = len(BUCKETS)
    bal, wrt = [Decimal(0)] * nb, [Decimal(0)] * nb
    cutoffs = 0
    for m in ends:
        if add_months(m, OUTCOME_MONTHS) > AS_OF:
            continue
        cutoffs += 1
        for i in inv:
            if i["doc"] <= m < i["settle"]:
                b = bucket((m - i["due"]).days)
                bal[b] += i["amount"]
                if i["bad"] and m < i["settle"] <= add_months(m, OUTCOME_MONTHS):
                    wrt[b] += i["amount"]
    rates = []
    for b in range(nb):
        rates.append(rates[b - 1] if bal[b] == 0 and b else (Decimal(0) if bal[b] == 0 else wrt[b] / bal[b]))
    open_by_bucket = [Decimal(0)] * nb
    for i in open_items:
        open_by_bucket[bucket((AS_OF - i["due"]).days)] += i["amount"]
    provisions = [money(max(Decimal(0), open_by_bucket[b]) * rates[b]) for b in range(nb)]
    total = sum(provisions, Decimal(0))
    with open(os.path.join(HERE, "trial-balance.csv"), "w", newline="") as f:
        w = csv.writer(f)
        ar = sum((i["amount"] for i in open_items), Decimal(0))
        w.writerow(["Account", "Account Name", "Balance"])
        w.writerow(["1200", "Accounts Receivable", f"{ar:.2f}"])
        w.writerow(["1210", "Allowance for Doubtful Accounts", f"-{HELD:.2f}"])
        w.writerow(["3000", "Equity", f"-{ar - HELD:.2f}"])
        w.writerow(["6100", "Bad Debt Expense", "0.00"])
    expected = {
        "asOf": AS_OF.isoformat(), "outcomeMonths": OUTCOME_MONTHS, "lossCutoffs": cutoffs,
        "buckets": [b[0] for b in BUCKETS],
        "trueRates": true_rates(),
        "empiricalRates": [str(r) for r in rates],
        "openByBucket": [f"{x:.2f}" for x in open_by_bucket],
        "provisionByBucket": [f"{x:.2f}" for x in provisions],
        "provision": f"{total:.2f}", "held": f"{HELD:.2f}", "adjustment": f"{total - HELD:.2f}",
        "writeOffs": len(wo), "writtenOff": f"{sum((i['amount'] for i in wo), Decimal(0)):.2f}",
    }
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")
    print(json.dumps(expected, indent=1))


if __name__ == "__main__":
    main()
