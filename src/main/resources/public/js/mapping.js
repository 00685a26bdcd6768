/*
 * The column mapping table: which column of the open items feeds which field, how sure the reading
 * is, and the user's changes (sent with the build as a partial MappingSpec, and saved by name).
 */
import { make, clear, isPresent, colHeader } from './dom.js';
import { columnLetter, joinWords, DASH } from './format.js';

/* The fields an open-items column can feed (keys as MappingSpec names them). */
const OPEN_ITEM_FIELDS = [
  ['customerId', 'Customer ID'], ['customerName', 'Customer name'], ['customer', 'Customer (name and ID)'],
  ['documentNumber', 'Document number'], ['documentType', 'Document type'], ['documentDate', 'Document date'],
  ['postingDate', 'Posting date'], ['dueDate', 'Due date'], ['openAmount', 'Open amount'],
  ['originalAmount', 'Original amount'], ['currency', 'Currency'], ['debitCredit', 'Debit/credit indicator'],
  ['clearingDate', 'Clearing date'], ['entity', 'Entity / company code'], ['reference', 'Reference'],
  ['dispute', 'Dispute'], ['dunningBlock', 'Dunning block']
];

function fieldLabel(key) {
  return OPEN_ITEM_FIELDS.find(([k]) => k === key)?.[1] ?? key;
}

/** "5" (a 1-based position) -> "column E"; a header text stays as it is. */
function candidateLabel(c) {
  return /^\d+$/.test(String(c)) ? `column ${columnLetter(Number(c) - 1)}` : String(c);
}

/** A <select> of the given [value, label] options, the first being "none". */
function select(id, options) {
  const node = make('select', 'role-select field-select');
  node.id = id;
  for (const [value, label] of options) {
    const opt = make('option', null, label);
    opt.value = value;
    node.append(opt);
  }
  return node;
}

const fresh = (saveName) => ({
  columns: [], original: {}, chosen: {}, base: {}, uncertain: [], picks: {}, touched: {}, confirmed: {},
  saved: null, askOnly: false, savedNote: '', saveName
});

/**
 * One mapping table in box. opts: {prefix, onChange(), onPicked(spec), onSave(name, spec) -> Promise,
 * fileName()}. show(data, base) takes an inspect answer (columns, uncertain, savedMapping) or a 422 body
 * (uncertain only); spec() is the partial MappingSpec of the user's choices (null when none); blocking()
 * says why the build must wait (or ''). A change calls onChange, except the one that picks the last
 * uncertain field of a file that had no columns yet: onPicked(spec) then, to read the file again with it.
 */
export function mappingEditor(box, opts) {
  let m = fresh(undefined);

  const indexOfField = (map, key) => {
    const found = Object.keys(map).find((k) => map[k] === key);
    return found === undefined ? -1 : Number(found);
  };

  /* How the spec names a column: its header when that is unique and not a number, else its position. */
  function reference(index) {
    const col = m.columns.find((c) => c.index === index);
    const h = col && isPresent(col.header) ? String(col.header).trim() : '';
    if (!h || /^\d+$/.test(h)) { return String(index + 1); }
    const same = m.columns.filter((c) => String(c.header || '').trim().toLowerCase() === h.toLowerCase());
    return same.length === 1 ? h : String(index + 1);
  }

  function spec() {
    const columns = { ...m.base };
    if (m.askOnly) {
      for (const [k, v] of Object.entries(m.picks)) { if (v) { columns[k] = v; } }
    } else {
      const fields = new Set([...Object.values(m.original), ...Object.values(m.chosen)].filter(Boolean));
      for (const f of fields) {
        const was = indexOfField(m.original, f);
        const now = indexOfField(m.chosen, f);
        if (was !== now) { columns[f] = now < 0 ? '' : reference(now); }
      }
      /* An uncertain field the user confirmed as shown: say so, or the server would ask again. */
      for (const u of m.uncertain) {
        const at = indexOfField(m.chosen, String(u.field));
        if (m.touched[u.field] && at >= 0 && !(u.field in columns)) { columns[u.field] = reference(at); }
      }
    }
    return Object.keys(columns).length ? { partial: true, columns } : null;
  }

  const isLow = (c) => c.confidence === 'low' && !m.confirmed[c.index] && m.chosen[c.index] === m.original[c.index];

  /* Rows the user must look at: candidates of an uncertain field not yet decided, low confidence not confirmed. */
  function needsChoice(c) {
    const candidate = m.uncertain.filter((u) => !m.touched[u.field]).some((u) =>
      (u.candidates || []).some((x) => String(x) === String(c.header) || String(x) === String(c.index + 1))
        || m.original[c.index] === u.field);
    return candidate || isLow(c);
  }

  function blocking() {
    if (box.hidden) { return ''; }
    const open = m.uncertain.filter((u) => (m.askOnly ? !m.picks[u.field] : !m.touched[u.field]));
    if (open.length) {
      const names = open.map((u) => String(u.label || fieldLabel(u.field)).toLowerCase());
      return `Choose the column of the ${joinWords(names)} in the column mapping first.`;
    }
    if (!m.askOnly && m.columns.some(isLow)) {
      return 'Check the highlighted columns in the column mapping: choose their field, or confirm it.';
    }
    return '';
  }

  function changed() {
    render();
    const picked = m.askOnly && !m.uncertain.some((u) => !m.picks[u.field]) ? spec() : null;
    if (picked) { opts.onPicked(picked); } else { opts.onChange(); }
  }

  function fieldSelect(c) {
    const node = select(`${opts.prefix}field-${c.index}`, [['', 'not used'], ...OPEN_ITEM_FIELDS]);
    node.setAttribute('aria-label', `Field read from column ${columnLetter(c.index)} (${c.header || 'blank'})`);
    node.value = m.chosen[c.index] || '';
    node.addEventListener('change', () => {
      const v = node.value;
      if (v) {
        /* One column per field: the column that had it gives it up. */
        for (const i of Object.keys(m.chosen)) { if (m.chosen[i] === v) { m.chosen[i] = ''; } }
        m.touched[v] = true;
      }
      const before = m.chosen[c.index];
      if (before) { m.touched[before] = true; }
      m.chosen[c.index] = v;
      m.savedNote = '';
      changed();
    });
    return node;
  }

  function badge(c) {
    if (m.chosen[c.index] !== m.original[c.index]) { return make('span', 'confidence is-yours', 'your choice'); }
    if (!c.fieldKey) { return make('span', 'muted', DASH); }
    const conf = String(c.confidence || 'medium');
    const b = make('span', `confidence is-${conf}`, conf);
    if (isPresent(c.evidence)) { b.title = String(c.evidence); }
    return b;
  }

  function row(c) {
    const tr = make('tr');
    tr.dataset.column = String(c.index);
    if (m.chosen[c.index] !== m.original[c.index]) { tr.classList.add('is-changed'); }
    const ask = needsChoice(c);
    if (ask) { tr.classList.add('is-uncertain'); }
    const sample = make('td', 'mapping-sample', isPresent(c.sample) ? c.sample : '');
    sample.title = isPresent(c.sample) ? String(c.sample) : '';
    const fieldCell = make('td', 'mapping-field');
    const chooser = fieldSelect(c);
    chooser.setAttribute('aria-invalid', ask ? 'true' : 'false');
    fieldCell.append(chooser);
    const sure = make('td', 'mapping-sure');
    sure.append(badge(c));
    if (isLow(c)) {
      const ok = make('button', 'btn btn-link', 'Confirm');
      ok.type = 'button';
      ok.setAttribute('aria-label', `Confirm column ${columnLetter(c.index)} is ${fieldLabel(c.fieldKey)}`);
      ok.addEventListener('click', () => {
        m.confirmed[c.index] = true;
        m.touched[c.fieldKey] = true;
        changed();
      });
      sure.append(' ', ok);
    }
    tr.append(make('td', 'col-letter', columnLetter(c.index)),
      make('td', 'mapping-header', isPresent(c.header) ? c.header : '(blank)'), sample, fieldCell, sure);
    return tr;
  }

  function renderTable() {
    const scroll = make('div', 'table-scroll');
    const table = make('table', 'table table-compact mapping-table');
    table.id = `${opts.prefix}mapping-table`;
    const head = make('tr');
    head.append(colHeader('Col', 'col-letter'), colHeader('Header in the file'), colHeader('Sample'),
      colHeader('Read as'), colHeader('Sure?'));
    const thead = make('thead');
    thead.append(head);
    const tbody = make('tbody');
    tbody.append(...m.columns.map(row));
    table.append(thead, tbody);
    scroll.append(table);
    return scroll;
  }

  /* No columns yet (the file stopped on an uncertain field): one chooser per uncertain field. */
  function renderAsk() {
    const wrap = make('div', 'mapping-choices');
    for (const u of m.uncertain) {
      const id = `${opts.prefix}choose-${u.field}`;
      const label = make('label', null, `${String(u.label || fieldLabel(u.field))} is in`);
      label.htmlFor = id;
      const chooser = select(id, [['', 'Choose\u2026'], ...(u.candidates || []).map((c) => [String(c), candidateLabel(c)])]);
      chooser.value = m.picks[u.field] || '';
      chooser.setAttribute('aria-invalid', chooser.value ? 'false' : 'true');
      chooser.addEventListener('change', () => {
        m.picks[u.field] = chooser.value;
        changed();
      });
      const line = make('div', 'mapping-choice');
      line.append(label, chooser);
      wrap.append(line);
    }
    return wrap;
  }

  function defaultName() {
    const n = opts.fileName ? String(opts.fileName() || '') : '';
    return n.replace(/\.[^.]+$/, '') || 'My mapping';
  }

  function renderSave() {
    const line = make('div', 'mapping-save');
    if (!spec() || !opts.onSave) { return line; }
    const id = `${opts.prefix}mapping-name`;
    const label = make('label', null, 'Save this mapping as');
    label.htmlFor = id;
    const input = make('input');
    input.type = 'text';
    input.id = id;
    input.value = m.saveName || defaultName();
    input.addEventListener('input', () => { m.saveName = input.value; });
    const button = make('button', 'btn btn-secondary btn-small', 'Save mapping');
    button.type = 'button';
    button.id = `${opts.prefix}mapping-save`;
    const status = make('span', 'mapping-save-status', m.savedNote);
    status.id = `${opts.prefix}mapping-save-status`;
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      const name = input.value.trim();
      if (!name) { input.focus(); return; }
      button.disabled = true;
      try {
        await opts.onSave(name, spec());
      } catch (err) {
        m.savedNote = '';
        button.disabled = false;
        status.textContent = err?.detail || 'Could not save the mapping.';
        status.className = 'mapping-save-status is-warn';
        return;
      }
      m.savedNote = `Saved as \u201c${name}\u201d: the next export with this header is read this way.`;
      render();
    });
    line.append(label, input, button, status);
    return line;
  }

  function render() {
    clear(box);
    box.append(make('p', 'section-title', 'Column mapping'));
    if (m.saved) {
      box.append(make('p', 'mapping-saved', `Read with the saved mapping \u201c${m.saved}\u201d`,
        { id: `${opts.prefix}mapping-saved` }));
    }
    const why = blocking();
    if (why) {
      box.append(make('p', 'mapping-ask', why, { id: `${opts.prefix}mapping-ask` }));
    } else if (!m.askOnly) {
      box.append(make('p', 'help', 'Change a drop-down if a column is read as the wrong field; the build uses your choice.'));
    }
    box.append(m.askOnly ? renderAsk() : renderTable(), renderSave());
  }

  return {
    /** data: an inspect answer or a 422 body; base: the spec sent with the inspect (kept in every build). */
    show(data, base) {
      m = fresh(m.saveName);
      Object.assign(m.base, base?.columns ?? {});
      m.uncertain = (Array.isArray(data?.uncertain) ? data.uncertain : []).filter((u) => u && isPresent(u.field));
      m.columns = (Array.isArray(data?.columns) ? data.columns : [])
        .filter((c) => c && Number.isFinite(Number(c.index)))
        .map((c) => ({ index: Number(c.index), header: c.header, fieldKey: c.fieldKey || null,
          confidence: c.confidence, evidence: c.evidence, sample: c.sample }));
      for (const c of m.columns) {
        m.original[c.index] = c.fieldKey || '';
        m.chosen[c.index] = c.fieldKey || '';
      }
      m.askOnly = !m.columns.length && m.uncertain.length > 0;
      m.saved = isPresent(data?.savedMapping) ? String(data.savedMapping) : null;
      box.hidden = !m.columns.length && !m.askOnly;
      render();
    },
    hide() {
      box.hidden = true;
      clear(box);
      m.base = {};
    },
    spec: () => (box.hidden ? null : spec()),
    blocking
  };
}
