#!/usr/bin/env python3
"""Independent oracle for the Credit review sheet of the example dunning run (CreditReviewExampleTest).

Python 3 standard library only; shares nothing with the Java code. Reads examples/netsuite-ar-aging-detail.csv
(NetSuite A/R Aging Detail: header row 'Customer,...', data rows until a blank or 'Total' row) and
examples/netsuite-customers.csv (joined by name), as of 2026-06-30, and writes netsuite-example.json:
per customer (one currency: the export has none), exposure = sum of Open Balance; days beyond terms =
sum(amount * max(0, as-of - due date)) / sum(amount) over the positive items, to one decimal (half up);
credit limit, over limit (exposure > limit > 0), on hold (Hold column on/hold/yes); suggested limit by the
default policy rule with no broken promises (the example has no previous worklist): exposure * 1.5,
less 25 % when days beyond terms > 30, rounded up to a multiple of 1,000; none when exposure <= 0.

    python3 src/test/resources/credit-review/oracle.py          # writes the JSON
    python3 src/test/resources/credit-review/oracle.py --check  # fails if the committed JSON differs
"""
import csv
import datetime as dt
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP, ROUND_CEILING

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
AS_OF = dt.date(2026, 6, 30)


def money(text):
    return Decimal(text.replace(',', '').replace('$', '').strip())


def date(text):
    m, d, y = text.strip().split('/')
    return dt.date(int(y), int(m), int(d))


def main():
    with open(os.path.join(ROOT, 'examples', 'netsuite-ar-aging-detail.csv'), newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    start = next(i for i, r in enumerate(rows) if r and r[0] == 'Customer') + 1
    acc = {}
    for r in rows[start:]:
        if not r or not r[0].strip() or r[0].strip().lower().startswith('total') or len(r) < 8 or not r[7].strip():
            continue
        name, amount = r[0].strip(), money(r[7])
        a = acc.setdefault(name, {'exposure': Decimal('0'), 'debits': Decimal('0'), 'days': Decimal('0')})
        a['exposure'] += amount
        if amount > 0:
            a['debits'] += amount
            a['days'] += amount * max(0, (AS_OF - date(r[5])).days)  # invoices have a due date; credits need none
    master = {}
    with open(os.path.join(ROOT, 'examples', 'netsuite-customers.csv'), newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            master[r['Name'].strip()] = r
    out = []
    for name, a in acc.items():
        m = master.get(name)
        limit = money(m['Credit Limit']) if m and m['Credit Limit'].strip() else None
        days = (a['days'] / a['debits']).quantize(Decimal('0.1'), ROUND_HALF_UP) if a['debits'] > 0 else Decimal('0.0')
        suggested = None
        if a['exposure'] > 0:
            keep = Decimal('0.75') if days > 30 else Decimal('1')
            suggested = (a['exposure'] * Decimal('1.5') * keep / 1000).to_integral_value(ROUND_CEILING) * 1000
        out.append({'id': m['Internal ID'] if m else None, 'name': name, 'limit': str(limit) if limit is not None else None,
                    'exposure': str(a['exposure']), 'daysBeyondTerms': str(days),
                    'overLimit': limit is not None and limit > 0 and a['exposure'] > limit,
                    'onHold': bool(m) and m['Hold'].strip().lower() in ('on', 'hold', 'yes', 'on hold'),
                    'suggested': str(suggested) if suggested is not None else None})
    out.sort(key=lambda x: (-Decimal(x['exposure']), x['name']))
    text = json.dumps({'asOf': str(AS_OF), 'total': str(sum(Decimal(x['exposure']) for x in out)), 'rows': out},
                      indent=1) + '\n'
    target = os.path.join(HERE, 'netsuite-example.json')
    if '--check' in sys.argv:
        with open(target, encoding='utf-8') as f:
            if f.read() != text:
                sys.exit('netsuite-example.json differs from what the oracle computes')
        return
    with open(target, 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main()
