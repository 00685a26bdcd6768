/*
 * The result panels: what a build's summary (the X-Arw-Summary header) says, per job and for the
 * month-end pack, and the download of the workbook itself.
 */
import { byIds, make, clear, isPresent, addFact, colHeader, rowHeader } from './dom.js';
import { formatAmount, formatCount, isZeroAmount, joinWords, shareOf, DASH } from './format.js';
import { JOBS } from './jobs.js';

/** Saves the workbook through a blob link, as a download the user started. */
export function triggerDownload(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const a = make('a', null, null, { href: url, download: fileName, rel: 'noopener', hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const amountCell = (value) => make('td', 'num', isPresent(value) ? formatAmount(value) : DASH);
const textCell = (value) => make('td', null, isPresent(value) ? value : DASH);

/** [label, value, isCount] rows into a result's <dl>; rows without a value are left out. */
function fillRows(dl, rows) {
  clear(dl);
  for (const [label, value, isCount] of rows) {
    if (isPresent(value)) { addFact(dl, label, isCount ? formatCount(value) : value); }
  }
  dl.hidden = !dl.firstChild;
}

/** A result table's body from a list, one row of cells(item) each; the table hidden when there is nothing. */
function fillTable(table, list, cells) {
  const tbody = table.tBodies[0];
  clear(tbody);
  for (const item of Array.isArray(list) ? list : []) {
    if (!item || typeof item !== 'object') { continue; }
    const tr = make('tr');
    tr.append(...cells(item));
    tbody.append(tr);
  }
  table.hidden = !tbody.firstChild;
}

/** A labelled amount row: th, amount, and optionally more cells. */
function amountRow(label, value, className, ...more) {
  const tr = make('tr', className || null);
  tr.append(rowHeader(label), amountCell(value), ...more);
  return tr;
}

/** A note under a result table: the class says ok or warn; null hides it. */
function showNote(p, text, ok) {
  p.hidden = text === null;
  if (text === null) { return; }
  p.textContent = text;
  p.className = `recon-note ${ok ? 'is-ok' : 'is-warn'}`;
}

/**
 * The checks badge and the title of a result panel: green when the workbook's master check says
 * ALL CHECKS OK, amber otherwise.
 */
function renderChecks(checks, noun, badge, panel, title) {
  const text = isPresent(checks) ? String(checks) : 'Not reported';
  const ok = /^ALL CHECKS OK/.test(text);
  badge.textContent = text;
  badge.className = `badge ${ok ? 'is-ok' : 'is-warn'}`;
  panel.classList.toggle('is-warn', !ok);
  title.textContent = ok ? `${noun} downloaded` : `${noun} downloaded ${DASH} review the Checks sheet`;
}

/* ------------------------------------------------------------------ */
/* The single jobs                                                    */
/* ------------------------------------------------------------------ */

/** The single-job card's result panel: show(job, fileName, summary), hide(), shown(), setStale(stale). */
export function resultPanel() {
  const el = byIds('result-panel', 'result-title', 'result-file', 'checks-status', 'result-rows', 'result-totals',
    'result-stale', 'result-headline', 'result-customers', 'result-customers-label', 'result-overdue',
    'result-levels', 'result-recon', 'result-recon-note', 'result-cash', 'result-cash-note');

  /* The big number at the top: customers to contact, payments. */
  function headline(n, one, many) {
    el.resultCustomers.textContent = isPresent(n) ? formatCount(n) : DASH;
    el.resultCustomersLabel.textContent = Number(n) === 1 ? one : many;
    el.resultHeadline.hidden = false;
  }

  function aging(s) {
    fillRows(el.resultRows, [
      ['ERP profile', s.profile, false],
      ['Rows read', s.rowsRead, true],
      ['Rows aged', s.rowsAged, true],
      ['Future-dated', s.rowsFuture, true],
      ['Rejected', s.rowsRejected, true]
    ]);
    fillTable(el.resultTotals, s.totals, (t) => [textCell(t.currency), amountCell(t.amount)]);
  }

  function dunning(s) {
    headline(s.customersToContact, 'customer to contact', 'customers to contact');
    fillRows(el.resultRows, [
      ['ERP profile', s.profile, false],
      ['Rows read', s.rowsRead, true],
      ['Items dunned', s.itemsDunned, true],
      ['Items excluded', s.itemsExcluded, true],
      ['Not overdue', s.itemsNotOverdue, true],
      ['Rejected rows', s.rowsRejected, true]
    ]);
    fillTable(el.resultOverdue, s.overdue, (o) => [textCell(o.currency), amountCell(o.dunned), amountCell(o.excluded)]);
    fillTable(el.resultLevels, s.levels, (l) => {
      const td = make('td');
      if (isPresent(l.level)) { td.append(make('span', 'level-chip', l.level)); }
      td.append(isPresent(l.name) ? String(l.name) : `Level ${l.level}`);
      return [td, make('td', 'num', isPresent(l.customers) ? formatCount(l.customers) : DASH)];
    });
  }

  function recon(s) {
    const accounts = Array.isArray(s.glAccounts) ? s.glAccounts.filter(isPresent).join(', ')
      : (isPresent(s.glAccounts) ? String(s.glAccounts) : '');
    const roll = s.rollForward === true ? 'Built' : (s.rollForward === false ? 'Not built' : null);
    fillRows(el.resultRows, [
      ['ERP profile', s.profile, false],
      ['Rows read', s.rowsRead, true],
      ['GL rows', s.glRows, true],
      ['GL shape', s.glShape, false],
      ['AR control accounts', accounts, false],
      ['Roll-forward', roll, false],
      ['Rejected rows', s.rowsRejected, true],
      ['Reconciliation', s.reconciliationStatus, false],
      ['Materiality', s.materiality, false]
    ]);

    /* One tbody per entity and currency. */
    const table = el.resultRecon;
    while (table.tBodies.length) { table.tBodies[0].remove(); }
    const list = (Array.isArray(s.comparisons) ? s.comparisons : []).filter((c) => c && typeof c === 'object');
    let open = 0;
    for (const c of list) {
      const tbody = make('tbody');
      const head = make('tr', 'recon-group');
      const th = make('th', null, [c.entity, c.currency].filter(isPresent).join(' \u00b7 ') || 'Total');
      th.scope = 'rowgroup';
      th.colSpan = 2;
      head.append(th);
      /* The server says whether the pair is within materiality; the amount alone cannot (offsetting items). */
      const investigate = c.reconciled !== true;
      if (investigate) { open++; }
      tbody.append(head, amountRow('Subledger', c.subledger), amountRow('General ledger', c.gl),
        amountRow('Difference', c.difference), amountRow('Identified', c.identified),
        amountRow('To investigate', c.toInvestigate, investigate ? 'is-unexplained' : 'is-explained'));
      table.append(tbody);
    }
    table.hidden = !list.length;

    if (list.length) {
      const status = isPresent(s.reconciliationStatus) ? String(s.reconciliationStatus) : (open ? 'TO INVESTIGATE' : 'RECONCILED');
      const warning = isPresent(s.ledgerWarning) ? `${s.ledgerWarning} ` : '';
      showNote(el.resultReconNote, open || warning ? `${warning}${status} ${DASH} see the Summary sheet.`
        : `${status}: every difference is backed by evidence.`, !open && !warning);
    }
  }

  function cashapp(s) {
    headline(s.payments, 'payment', 'payments');
    fillRows(el.resultRows, [
      ['Payments file', s.paymentsFormat, false],
      ['ERP profile', s.profile, false],
      ['Deductions', s.deductions, true],
      ['Rejected rows', s.rowsRejected, true]
    ]);

    const tbody = el.resultCash.tBodies[0];
    clear(tbody);
    for (const [label, value, className] of [
      ['Total', s.total, 'is-total'],
      ['Auto-applied', s.autoApplied, 'is-applied'],
      ['For review', s.forReview, 'is-review'],
      ['Unapplied', s.unapplied, 'is-unapplied']
    ]) {
      if (!isPresent(value)) { continue; }
      const share = className === 'is-total' ? null : shareOf(value, s.total);
      tbody.append(amountRow(label, value, className, make('td', 'num', share ?? '')));
    }
    el.resultCash.hidden = !tbody.firstChild;

    /* One line on what is left to do. */
    const review = isPresent(s.forReview) && !isZeroAmount(s.forReview);
    const unapplied = isPresent(s.unapplied) && !isZeroAmount(s.unapplied);
    const open = [];
    if (review) { open.push(`${formatAmount(s.forReview)} for review`); }
    if (unapplied) { open.push(`${formatAmount(s.unapplied)} unapplied`); }
    if (open.length) {
      const sheets = review && unapplied ? 'Review and Unapplied sheets.' : (review ? 'Review sheet.' : 'Unapplied sheet.');
      showNote(el.resultCashNote, `${joinWords(open)} ${DASH} see the ${sheets}`, false);
    } else if (isPresent(s.autoApplied)) {
      showNote(el.resultCashNote, 'All payments applied automatically.', true);
    }
  }

  const SUMMARIES = { aging, dunning, recon, cashapp };

  return {
    show(job, fileName, summary) {
      const s = summary || {};
      el.resultFile.textContent = fileName;
      renderChecks(s.checks, JOBS[job].noun, el.checksStatus, el.resultPanel, el.resultTitle);
      /* Each job shows its own parts of the panel. */
      for (const part of [el.resultHeadline, el.resultOverdue, el.resultLevels, el.resultTotals, el.resultRecon,
        el.resultReconNote, el.resultCash, el.resultCashNote]) {
        part.hidden = true;
      }
      (SUMMARIES[job] ?? aging)(s);
      el.resultStale.hidden = true;
      el.resultPanel.hidden = false;
    },
    hide() { el.resultPanel.hidden = true; },
    shown: () => !el.resultPanel.hidden,
    setStale(stale) { el.resultStale.hidden = !stale; }
  };
}

/* ------------------------------------------------------------------ */
/* The month-end pack                                                 */
/* ------------------------------------------------------------------ */

/* The headline KPIs of the summary, one table row each; the unit says how to show the value. */
const KPI_ROWS = [
  ['endingAr', 'Ending AR (rebuilt)', 'amount', 'AR rebuilt from the invoice history: the AR every KPI below uses'],
  ['ledgerEndingAr', 'Ledger AR (open items)', 'amount', 'The open-items export at the as-of date: not used by the KPIs'],
  ['ledgerGap', 'Gap: ledger \u2212 rebuilt', 'amount', 'Partial payments, unapplied cash, items missing from the history'],
  ['dso', 'DSO (days)', 'days', 'Days sales outstanding'],
  ['bestPossibleDso', 'Best possible DSO', 'days', 'BPDSO: the DSO if every customer paid on time'],
  ['averageDaysDelinquent', 'Avg. days delinquent', 'days', 'ADD: DSO minus best possible DSO'],
  ['countbackDso', 'Countback DSO', 'days', 'Days of the latest sales that make up the open AR'],
  ['cei', 'CEI', 'percent', 'Collection effectiveness index'],
  ['percentCurrent', 'Current', 'percent', 'Share of the open AR not yet due'],
  ['percentOver90', 'Over 90 days', 'percent', 'Share of the open AR more than 90 days past due'],
  ['forecast13Weeks', '13-week forecast', 'amount', 'Collections expected in the next 13 weeks'],
  ['backTestError', 'Back-test error', 'percent', 'How far the forecast method was off on past weeks']
];

function formatKpi(value, unit) {
  if (!isPresent(value)) { return DASH; }
  return unit === 'percent' ? `${formatAmount(value)}\u00a0%` : formatAmount(value);
}

/** One column per currency, one row per KPI: fits the narrow column for one or a few currencies. */
function renderKpiTable(table, kpis) {
  const list = (Array.isArray(kpis) ? kpis : []).filter((k) => k && typeof k === 'object');
  const head = table.tHead.rows[0];
  while (head.cells.length > 1) { head.cells[1].remove(); }
  const tbody = table.tBodies[0];
  clear(tbody);
  table.hidden = !list.length;
  if (!list.length) { return; }
  for (const k of list) {
    head.append(colHeader(isPresent(k.currency) ? k.currency : (list.length === 1 ? 'Value' : '(none)'), 'num'));
  }
  for (const [key, label, unit, title] of KPI_ROWS) {
    const tr = make('tr');
    const th = rowHeader(label);
    if (title) { th.title = title; }
    tr.append(th);
    for (const k of list) {
      const td = make('td', 'num', formatKpi(k[key], unit));
      if (key === 'backTestError' && !isPresent(k[key])) { td.title = 'Not enough history for a back-test'; }
      tr.append(td);
    }
    tbody.append(tr);
  }
}

/** The pack card's result panel: show({fileName, summary}, stale), shown(), setStale(stale). */
export function packResultPanel() {
  const el = byIds('pack-result', 'pack-result-title', 'pack-result-file', 'pack-checks', 'pack-result-sections-title',
    'pack-result-sections', 'pack-result-rows', 'pack-kpis', 'pack-result-stale');
  return {
    show(result, stale) {
      const s = result.summary || {};
      el.packResultFile.textContent = result.fileName;
      renderChecks(s.checks, 'Month-end pack', el.packChecks, el.packResult, el.packResultTitle);

      clear(el.packResultSections);
      el.packResultSections.append(...(Array.isArray(s.sections) ? s.sections : []).filter(isPresent)
        .map((name) => make('li', 'pill', name)));
      el.packResultSections.hidden = !el.packResultSections.firstChild;
      el.packResultSectionsTitle.hidden = el.packResultSections.hidden;

      const kpis = Array.isArray(s.kpis) ? s.kpis : [];
      fillRows(el.packResultRows, [
        ['Files', Array.isArray(s.files) ? s.files.length : null, true],
        ['Rows read', s.rowsRead, true],
        ['Rows aged', s.rowsAged, true],
        ['Rows rejected', s.rowsRejected, true],
        ['Reconciliation', s.reconciliationStatus, false],
        ['GL', s.ledgerWarning, false],
        ['KPIs', kpis.length ? null : `None ${DASH} no invoice history`, false]
      ]);
      renderKpiTable(el.packKpis, kpis);
      el.packResultStale.hidden = !stale;
      el.packResult.hidden = false;
    },
    shown: () => !el.packResult.hidden,
    setStale(stale) { el.packResultStale.hidden = !stale; }
  };
}
