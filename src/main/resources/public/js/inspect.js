/* The "What we found" panel of the single-job card: what /api/inspect read in the export. */
import { make, clear, isPresent, addFact, colHeader } from './dom.js';
import { formatCount, formatAmount, formatBytes, DASH } from './format.js';

function renderWarnings(warnings) {
  const box = make('div', 'warnings');
  box.append(make('p', 'warnings-title', warnings.length === 1 ? 'Warning' : `${warnings.length} warnings`));
  const ul = make('ul');
  ul.append(...warnings.map((w) => make('li', null, w)));
  box.append(ul);
  return box;
}

function renderStats(data) {
  const stats = make('div', 'stats');
  for (const [label, value, id, alert] of [
    ['Rows read', data.rowsRead, 'rows-read', false],
    ['Data rows', data.dataRows, 'data-rows', false],
    ['Rejected', data.rejectedRows, 'rejected-rows', Number(data.rejectedRows) > 0],
    ['Structural', data.structuralRows, 'structural-rows', false]
  ]) {
    const stat = make('div', alert ? 'stat is-alert' : 'stat');
    stat.append(make('div', 'stat-label', label),
      make('div', 'stat-value', isPresent(value) ? formatCount(value) : DASH, { id }));
    stats.append(stat);
  }
  return stats;
}

function renderProfileValue(profile) {
  const frag = document.createDocumentFragment();
  if (profile && (isPresent(profile.name) || isPresent(profile.id))) {
    frag.append(isPresent(profile.name) ? profile.name : profile.id);
    if (profile.forced) { frag.append(make('span', 'muted', ' (forced)')); }
  } else {
    frag.append(make('span', 'muted', `Not recognised ${DASH} generic reading`));
  }
  return frag;
}

function renderFacts(data) {
  const dl = make('dl', 'kv');
  addFact(dl, 'ERP profile', renderProfileValue(data.profile), 'detected-profile');
  if (isPresent(data.format)) { addFact(dl, 'Format', data.format); }
  if (isPresent(data.headerRow)) { addFact(dl, 'Header row', `Row ${formatCount(data.headerRow)}`); }
  if (isPresent(data.dateOrder)) { addFact(dl, 'Dates', data.dateOrder); }
  if (isPresent(data.numberStyle)) { addFact(dl, 'Numbers', data.numberStyle); }
  if (Array.isArray(data.currencies) && data.currencies.length) {
    const list = make('ul', 'pill-list');
    list.append(...data.currencies.map((c) => make('li', 'pill', c)));
    addFact(dl, 'Currencies', list);
  }
  const dates = data.documentDates;
  if (dates && (isPresent(dates.min) || isPresent(dates.max))) {
    addFact(dl, 'Document dates', `${dates.min || '?'} \u2013 ${dates.max || '?'}`);
  }
  if (isPresent(data.sha256)) {
    const sha = String(data.sha256);
    const span = make('span', 'mono', sha.length > 16 ? `${sha.slice(0, 16)}\u2026` : sha);
    span.title = sha;
    addFact(dl, 'SHA-256', span);
  }
  return dl;
}

function renderControlTotals(totals) {
  const table = make('table', 'table table-compact');
  const head = make('tr');
  head.append(colHeader('Currency'), colHeader('Open amount', 'num'));
  const thead = make('thead');
  thead.append(head);
  const tbody = make('tbody');
  for (const t of totals) {
    if (!t) { continue; }
    const tr = make('tr');
    tr.append(make('td', null, isPresent(t.currency) ? t.currency : DASH),
      make('td', 'num', isPresent(t.amount) ? formatAmount(t.amount) : DASH));
    tbody.append(tr);
  }
  table.append(make('caption', null, 'Control totals'), thead, tbody);
  return table;
}

/* The headers not read, when the export gave no columns to map. */
function renderUnmapped(unmapped) {
  const wrap = make('div');
  const note = make('p', 'unmapped-note');
  note.append(make('span', 'label', 'Not used: '), make('span', 'names', unmapped.join(', ')));
  wrap.append(make('p', 'section-title', 'Column mapping'), note);
  return wrap;
}

/** Fills the panel ({panel, file, body}) from an inspect answer and shows it. */
export function renderInspect({ panel, file, body }, data) {
  clear(body);
  file.textContent = [data.fileName, isPresent(data.sizeBytes) ? formatBytes(data.sizeBytes) : null]
    .filter(isPresent).join(' \u00b7 ');

  if (Array.isArray(data.warnings) && data.warnings.length) { body.append(renderWarnings(data.warnings)); }
  body.append(renderStats(data));

  const grid = make('div', 'facts-grid');
  const left = make('div');
  left.append(make('p', 'section-title', 'File'), renderFacts(data));
  grid.append(left);
  if (Array.isArray(data.controlTotals) && data.controlTotals.length) {
    const right = make('div');
    right.append(renderControlTotals(data.controlTotals));
    grid.append(right);
  }
  body.append(grid);

  /* The columns themselves are in the mapping table. */
  const columns = Array.isArray(data.columns) ? data.columns : [];
  const unmapped = Array.isArray(data.unmappedHeaders) ? data.unmappedHeaders : [];
  if (!columns.length && unmapped.length) { body.append(renderUnmapped(unmapped)); }

  panel.hidden = false;
}
