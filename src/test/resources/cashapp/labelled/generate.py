#!/usr/bin/env python3
"""Generates the large labelled cash-application set: about 300 bank payments (camt.053) against about 600 open
items of 100 customers, and truth.csv with the right application of every payment.

Independent of the matcher: this script never calls the Java code. It decides the truth when it plants each case
(which invoice a payer meant, how much, what stays unapplied), and only then writes what the bank would show:
the reference as a person typed it (formats, typos, transpositions, no reference at all) and the payer's name as
their bank spells it. Re-running it with the same seed writes the same files.

    python3 generate.py            # writes open-items.csv, customers.csv, payments.camt053.xml, truth.csv here
"""
import os
import random
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

SEED = 20261203
HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(SEED)
CENT = Decimal("0.01")

BRANDS = ["Acme", "Bergmann", "Nordlicht", "Kaiser", "Lindner", "Hansa", "Alpen", "Rhein", "Weser", "Elbe",
          "Sonnen", "Falken", "Adler", "Greif", "Linden", "Eichen", "Berg", "Tal", "Stern", "Mond",
          "Orion", "Vega", "Polar", "Atlas", "Titan", "Delta", "Sigma", "Omega", "Nova", "Luna",
          "Baltic", "Nordsee", "Harz", "Taunus", "Eifel", "Allgaeu", "Spree", "Main", "Mosel", "Saar",
          "Brenner", "Gotthard", "Zugspitz", "Watzmann", "Feldberg", "Brocken", "Kahler", "Arber", "Wendel", "Hohen"]
TRADES = ["Maschinenbau", "Logistik", "Elektrotechnik", "Consulting", "Foods", "Pharma", "Bau", "Textil",
          "Software", "Metallbau", "Kunststoff", "Handel", "Medizintechnik", "Druck", "Moebel", "Agrar"]
FORMS = ["GmbH", "AG", "KG", "GmbH & Co. KG", "Ltd", "SE"]


def money(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def iban(n):
    """A German IBAN with a correct check number (bank code and account from n)."""
    bban = "%08d%010d" % (10000000 + n * 7919 % 89999999, 1000000 + n * 104729)
    digits = bban + "131400"  # "DE00" moved to the end, D=13, E=14
    check = 98 - int(digits) % 97
    return "DE%02d%s" % (check, bban)


# ---- customers: 100, of which 8 pairs share a name but for the legal form or a region word
customers = []
used_names = set()
i = 0
while len(customers) < 84:
    name = "%s %s %s" % (rnd.choice(BRANDS), rnd.choice(TRADES), rnd.choice(FORMS))
    core = " ".join(name.split()[:2])
    if core in used_names:
        continue
    used_names.add(core)
    customers.append({"name": name})
for k in range(8):  # similar names: a sister company or a namesake
    base = customers[k * 10]
    core = " ".join(base["name"].split()[:2])
    other = rnd.choice([f for f in FORMS if f not in base["name"]])
    customers.append({"name": "%s %s" % (core, other)})
    customers.append({"name": "%s Sued %s" % (core, rnd.choice(FORMS))})
for n, c in enumerate(customers):
    c["id"] = "K%04d" % (2001 + n)
    # 85 % have their bank account in the master; the rest are known by name only
    c["iban"] = iban(n + 1) if rnd.random() < 0.85 else ""
    c["email"] = "ap@%s.example" % c["name"].split()[0].lower()
    # two ERPs: most customers are billed from one numbering INV-nnnnn, the rest from SAP (00900nnnnn)
    c["sap"] = n % 4 == 3

# ---- open items: 600 invoices, numbered in date order across customers (neighbouring numbers belong to
# different customers, as in a real ledger: a mistyped number is usually someone else's invoice)
AS_OF = date(2026, 6, 30)
items = []
seq_inv, seq_sap = 17000, 12000
amounts_of = {c["id"]: set() for c in customers}
for n in range(600):
    c = rnd.choice(customers)
    while True:
        amt = money(Decimal(str(round(rnd.lognormvariate(7.2, 0.9), 2))).max(Decimal("50")))
        if amt not in amounts_of[c["id"]]:
            break
    amounts_of[c["id"]].add(amt)
    if c["sap"]:
        doc, core = "00900%05d" % seq_sap, "900%05d" % seq_sap
        seq_sap += rnd.choice([1, 1, 1, 2])
    else:
        doc, core = "INV-%05d" % seq_inv, "%05d" % seq_inv
        seq_inv += rnd.choice([1, 1, 1, 2])
    d = AS_OF - timedelta(days=100) + timedelta(days=n // 6)
    items.append({"cust": c, "doc": doc, "core": core, "date": d, "due": d + timedelta(days=30), "amount": amt,
                  "used": False})
by_cust = {}
for it in items:
    by_cust.setdefault(it["cust"]["id"], []).append(it)
all_docs = {it["core"]: it for it in items}


def free(c, k=1):
    """k unused items of customer c (the whole set is drawn without replacement), or None."""
    pool = [it for it in by_cust.get(c["id"], []) if not it["used"]]
    if len(pool) < k:
        return None
    chosen = rnd.sample(pool, k)
    for it in chosen:
        it["used"] = True
    return chosen


def ref_one(it):
    core = it["core"]
    if it["cust"]["sap"]:
        return rnd.choice([it["doc"], core, "Beleg " + core, "RE " + it["doc"], "Rechnung Nr. " + core,
                           "Zahlung zu " + it["doc"] + " vielen Dank"])
    return rnd.choice([it["doc"], core, "Inv " + core, "RE " + core, "Rechnung Nr. 0" + core, "INV" + core,
                       "Invoice no. %s thank you" % core, "Rg.Nr." + it["doc"], "RE-NR " + it["doc"] + " KD " +
                       it["cust"]["id"]])


def ref_many(its):
    cores = [it["core"] for it in its]
    styles = ["Invoices %s and %s" % (", ".join(cores[:-1]), cores[-1]),
              "Inv " + "/".join(cores),
              "RE " + ", ".join(cores),
              "Rechnungen " + " ".join(cores),
              " + ".join(it["doc"] for it in its)]
    if len(its) == 2 and not its[0]["cust"]["sap"]:
        styles.append("INV%s-%s" % (cores[0], cores[1]))
    return rnd.choice(styles)


def payer_name(c):
    """The name as the payer's bank spells it: as in the master, in capitals, without the legal form, with a city."""
    n = c["name"]
    words = n.replace("& Co. ", "").split()
    return rnd.choice([n, n.upper(), " ".join(words[:2]), " ".join(words[:2]).upper() + " " + words[-1],
                       n + ", " + rnd.choice(["Hamburg", "Muenchen", "Koeln", "Leipzig"])])


def near_miss(core):
    """The number with two adjacent digits swapped, or one digit changed (never the leading digit, never equal)."""
    s = list(core)
    while True:
        t = s[:]
        if rnd.random() < 0.5:
            k = rnd.randrange(1, len(t) - 1)
            t[k], t[k + 1] = t[k + 1], t[k]
            kind = "two adjacent digits swapped"
        else:
            k = rnd.randrange(1, len(t))
            t[k] = rnd.choice([d for d in "0123456789" if d != t[k]])
            kind = "one digit off"
        if t != s:
            return "".join(t), kind


payments = []  # dicts: id, amount, payer, iban, text, truth rows
truth = []
pid = [0]


def pay(c, amount, text, rows, case, payer=None, account=None, hide_iban=False):
    pid[0] += 1
    p = {"id": "LS%06d" % (260000 + pid[0]), "amount": money(amount), "payer": payer or payer_name(c) if c else payer,
         "iban": (account if account is not None else ("" if hide_iban or not c else c["iban"])), "text": text}
    payments.append(p)
    assert sum((r[1] for r in rows), Decimal(0)) == p["amount"], (case, rows, amount)
    for inv, amt, dcode, damt, refnames in rows:
        truth.append((p["id"], inv, money(amt), dcode, damt, refnames, case))


def with_items(k=1):
    for _ in range(1000):
        c = rnd.choice(customers)
        its = free(c, k)
        if its:
            return c, its
    raise SystemExit("ran out of open items")


PLAN = ([("single", 110), ("multi", 48), ("noref", 30), ("partial", 15), ("over", 10), ("discount_said", 10),
         ("discount_silent", 4), ("shortpay", 8), ("near_miss", 34), ("third_party", 3), ("wrong_ref_own_amount", 3),
         ("combination", 5), ("unknown", 10), ("no_such_invoice", 6), ("similar_name_no_ref", 4)])
cases = [c for c, n in PLAN for _ in range(n)]
rnd.shuffle(cases)

for case in cases:
    if case == "single":
        c, (it,) = with_items()
        pay(c, it["amount"], ref_one(it), [(it["doc"], it["amount"], "", "", "yes")], "reference names one invoice")
    elif case == "multi":
        c, its = with_items(rnd.choice([2, 2, 3]))
        its.sort(key=lambda x: x["core"])
        pay(c, sum(x["amount"] for x in its), ref_many(its), [(x["doc"], x["amount"], "", "", "yes") for x in its],
            "reference names %d invoices, exact sum" % len(its))
    elif case == "noref":
        c, (it,) = with_items()
        pay(c, it["amount"], rnd.choice(["", "Zahlung", "Payment thank you", "Kd-Nr " + c["id"]]),
            [(it["doc"], it["amount"], "", "", "no")], "no invoice number; the payer's invoice with exactly the amount"
            + ("" if c["iban"] else " (payer known by name only)"))
    elif case == "partial":
        c, (it,) = with_items()
        part = money(it["amount"] * Decimal(rnd.choice(["0.3", "0.4", "0.5", "0.6"])))
        pay(c, part, ref_one(it) + rnd.choice([" Teilzahlung", " part payment", " 1. Rate"]),
            [(it["doc"], part, "", "", "yes")], "partial payment of a referenced invoice")
    elif case == "over":
        c, (it,) = with_items()
        extra = money(rnd.choice([10, 25, 50, 100, 150]))
        pay(c, it["amount"] + extra, ref_one(it), [(it["doc"], it["amount"], "", "", "yes"), ("", extra, "", "", "yes")],
            "overpayment of a referenced invoice; the excess stays unapplied")
    elif case in ("discount_said", "discount_silent"):
        c, (it,) = with_items()
        disc = money(it["amount"] * Decimal("0.02"))
        text = ref_one(it) + (rnd.choice([" abzgl. 2% Skonto", " less 2% discount", " Skonto"])
                              if case == "discount_said" else "")
        pay(c, it["amount"] - disc, text, [(it["doc"], it["amount"] - disc, "DISCOUNT", disc, "yes")],
            "2 % early-payment discount" + (" (said in the reference)" if case == "discount_said" else " (not said)"))
    elif case == "shortpay":
        while True:
            c, (it,) = with_items()
            if it["amount"] >= 1000:
                break
            it["used"] = False
        fee = money(rnd.choice(["0.50", "1.50", "2.50", "3.75", "5.00"]))
        pay(c, it["amount"] - fee, ref_one(it), [(it["doc"], it["amount"] - fee, "SHORT_PAY", fee, "yes")],
            "short by bank charges")
    elif case == "near_miss":
        c, (it,) = with_items()
        wrong, kind = near_miss(it["core"])
        # the payer's own invoice must not be confused with another of its own invoices by the same typo
        if any(x["core"] == wrong for x in by_cust[c["id"]]):
            it["used"] = False
            continue
        other = all_docs.get(wrong)
        text = rnd.choice(["%s", "Inv %s", "RE %s", "Rechnung %s"]) % wrong
        pay(c, it["amount"], text, [(it["doc"], it["amount"], "", "", "no")],
            "reference has %s (%s -> %s)%s; the payer's own invoice has exactly the amount" % (
                kind, it["core"], wrong, "; the mistyped number is %s's invoice %s for %s" % (
                    other["cust"]["id"], other["doc"], other["amount"]) if other else ""))
    elif case == "third_party":
        c, (it,) = with_items()
        payer = rnd.choice([x for x in customers if x is not c and x["iban"]])
        pay(payer, it["amount"], ref_one(it), [(it["doc"], it["amount"], "", "", "yes")],
            "third-party payment: %s pays %s's invoice, exact amount" % (payer["id"], c["id"]))
    elif case == "wrong_ref_own_amount":
        c, (it,) = with_items()
        other = rnd.choice([x for x in items if x["cust"] is not c and not x["used"] and x["amount"] != it["amount"]])
        pay(c, it["amount"], ref_one(other), [(it["doc"], it["amount"], "", "", "no")],
            "reference names another customer's invoice (%s) for a different amount; the payer's own invoice has "
            "exactly the amount" % other["doc"])
    elif case == "combination":
        c, its = with_items(2)
        pay(c, sum(x["amount"] for x in its), rnd.choice(["", "Zahlung", "Sammelzahlung"]),
            [(x["doc"], x["amount"], "", "", "no") for x in its], "no reference; two of the payer's invoices")
    elif case == "unknown":
        amt = money(Decimal(rnd.randrange(2000, 400000)) / 100)
        pay(None, amt, rnd.choice(["", "Spende", "Erstattung", "Miete Juni"]), [("", amt, "", "", "no")],
            "unknown payer, no reference", payer=rnd.choice(["Max Mustermann", "J. Schmidt", "Privat"]), account=iban(
                900 + pid[0]))
    elif case == "no_such_invoice":
        amt = money(Decimal(rnd.randrange(2000, 400000)) / 100)
        pay(None, amt, "RE %d" % rnd.randrange(30000, 39999), [("", amt, "", "", "no")],
            "reference names no invoice of ours, unknown payer", payer="Unbekannt GmbH", account=iban(950 + pid[0]))
    elif case == "similar_name_no_ref":
        twins = customers[84:]
        c = rnd.choice(twins)
        its = free(c, 1)
        if not its:
            continue
        core = " ".join(c["name"].split()[:2])
        pay(c, its[0]["amount"], "", [(its[0]["doc"], its[0]["amount"], "", "", "no")],
            "payer named only by the name it shares with a similar customer, no account, no reference",
            payer=core, hide_iban=True)

# ---- write
with open(os.path.join(HERE, "customers.csv"), "w", encoding="utf-8") as f:
    f.write("Customer ID,Name,IBAN,Email\n")
    for c in customers:
        f.write("%s,%s,%s,%s\n" % (c["id"], c["name"], c["iban"], c["email"]))
with open(os.path.join(HERE, "open-items.csv"), "w", encoding="utf-8") as f:
    f.write("Customer ID,Customer name,Invoice,Invoice date,Due date,Amount,Currency\n")
    for it in items:
        f.write("%s,%s,%s,%s,%s,%s,EUR\n" % (it["cust"]["id"], it["cust"]["name"], it["doc"], it["date"], it["due"],
                                              it["amount"]))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


with open(os.path.join(HERE, "payments.camt053.xml"), "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generated by generate.py (seed %d). See truth.csv. -->\n'
            '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">\n<BkToCstmrStmt>\n'
            '<GrpHdr><MsgId>ARWB-LABELLED-%d</MsgId><CreDtTm>2026-07-01T06:00:00</CreDtTm></GrpHdr>\n<Stmt>\n'
            '<Id>ARWB-LABELLED</Id><CreDtTm>2026-07-01T06:00:00</CreDtTm>\n'
            '<Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>\n' % (SEED, SEED))
    for n, p in enumerate(payments):
        d = AS_OF - timedelta(days=20) + timedelta(days=n * 20 // len(payments))
        f.write('<Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>%s</Dt></BookgDt>'
                '<ValDt><Dt>%s</Dt></ValDt><AcctSvcrRef>%s</AcctSvcrRef><NtryDtls><TxDtls>'
                '<RltdPties><Dbtr><Nm>%s</Nm></Dbtr>%s</RltdPties>%s</TxDtls></NtryDtls></Ntry>\n' % (
                    p["amount"], d, d, p["id"], esc(p["payer"]),
                    "<DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>" % p["iban"] if p["iban"] else "",
                    "<RmtInf><Ustrd>%s</Ustrd></RmtInf>" % esc(p["text"]) if p["text"] else ""))
    f.write("</Stmt>\n</BkToCstmrStmt>\n</Document>\n")
with open(os.path.join(HERE, "truth.csv"), "w", encoding="utf-8") as f:
    f.write("# Generated by generate.py (seed %d): the right application of every payment in payments.camt053.xml.\n"
            "# One row per (payment, invoice, cash applied); an empty invoice is cash that should stay unapplied.\n"
            "# ref_names_open_invoice: yes when the reference carries the exact number of the invoice paid.\n"
            "payment_id,invoice,amount,deduction_code,deduction_amount,ref_names_open_invoice,case\n" % SEED)
    for row in truth:
        f.write("%s,%s,%s,%s,%s,%s,%s\n" % (row[0], row[1], row[2], row[3], row[4], row[5], row[6].replace(",", ";")))
print("%d customers, %d open items, %d payments, %d truth rows" % (len(customers), len(items), len(payments), len(truth)))
