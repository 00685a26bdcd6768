/*
 * AR Workbench — single page.
 * Plain JS, no dependencies. Everything that comes from a user file or the
 * server is inserted with textContent (never innerHTML).
 */
(function () {
  'use strict';

  var DEFAULT_BUCKETS = '30,60,90,120';

  /* What differs between the jobs. Everything else (the export, inspect,
     as-of date, ERP profile) is shared. */
  var JOBS = {
    aging: {
      endpoint: '/api/aging',
      fallbackName: 'aging.xlsx',
      buildLabel: 'Build aging workbook',
      building: 'Building the aging workbook for ',
      noun: 'Workbook'
    },
    dunning: {
      endpoint: '/api/dunning',
      fallbackName: 'dunning.xlsx',
      buildLabel: 'Build dunning worklist',
      building: 'Building the dunning worklist for ',
      noun: 'Worklist',
      asOfHelp: 'as-of-help'
    },
    recon: {
      endpoint: '/api/recon',
      fallbackName: 'reconciliation.xlsx',
      buildLabel: 'Build reconciliation',
      building: 'Building the reconciliation for ',
      noun: 'Reconciliation',
      asOfHelp: 'as-of-help-recon'
    },
    cashapp: {
      endpoint: '/api/cashapp',
      fallbackName: 'cash-application.xlsx',
      buildLabel: 'Apply cash',
      building: 'Applying the payments to the open items of ',
      noun: 'Cash application',
      asOfHelp: 'as-of-help-cashapp'
    }
  };

  /* The extra file inputs of the dunning, reconciliation and cash application
     jobs. The key is the element id prefix (KEY-zone, KEY-input, ...) and the
     key in state.extras; the form field is `field`, or the key when absent. */
  var EXTRAS = [
    { key: 'customers', job: 'dunning', label: 'customer master' },
    { key: 'previous', job: 'dunning', label: 'previous worklist' },
    { key: 'policy', job: 'dunning', label: 'dunning policy' },
    { key: 'gl', job: 'recon', label: 'general ledger export', required: true },
    { key: 'register', job: 'recon', label: 'transaction register' },
    { key: 'prior', job: 'recon', label: 'prior period open items' },
    { key: 'payments', job: 'cashapp', label: 'payments file', required: true },
    { key: 'remittances', job: 'cashapp', label: 'remittance advice' },
    { key: 'cacustomers', job: 'cashapp', label: 'customer master', field: 'customers' },
    { key: 'rules', job: 'cashapp', label: 'tolerances' }
  ];

  function extrasOf(job) {
    return EXTRAS.filter(function (x) { return x.job === job; });
  }

  /* The first required extra input of the job that is not chosen yet, or null. */
  function missingExtra(job) {
    return extrasOf(job).filter(function (x) { return x.required && !state.extras[x.key]; })[0] || null;
  }

  /* One entry per job or per extra input, all null: {aging: null, ...}. */
  function nullsFor(keys) {
    var out = {};
    keys.forEach(function (k) { out[k] = null; });
    return out;
  }

  var state = {
    job: 'aging',
    file: null,          // the File the user chose; kept so they can rebuild
    extras: nullsFor(EXTRAS.map(function (x) { return x.key; })),
    extrasVersion: { dunning: 0, recon: 0, cashapp: 0 },  // bumped when a job's extra input changes (for "stale")
    inspectSeq: 0,       // guards against out-of-order inspect answers
    inspecting: false,
    inspectFailed: 0,    // the status of the inspect that refused the file (415, 422), 0 when it was read
    inspectBase: null,   // the mapping the last inspect was asked with (choices of uncertain columns)
    building: false,
    results: nullsFor(Object.keys(JOBS))  // last build per job: {blob, fileName, summary, key}
  };

  var el = {};

  /* ------------------------------------------------------------------ */
  /* Small DOM helpers                                                  */
  /* ------------------------------------------------------------------ */

  function $(id) { return document.getElementById(id); }

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function isPresent(value) {
    return value !== undefined && value !== null && value !== '';
  }

  /* ------------------------------------------------------------------ */
  /* Formatting                                                         */
  /* ------------------------------------------------------------------ */

  var separators = (function () {
    var group = ',';
    var decimal = '.';
    try {
      var parts = new Intl.NumberFormat().formatToParts(12345.6);
      parts.forEach(function (p) {
        if (p.type === 'group') { group = p.value; }
        if (p.type === 'decimal') { decimal = p.value; }
      });
    } catch (e) { /* keep defaults */ }
    return { group: group, decimal: decimal };
  })();

  function formatCount(value) {
    var n = Number(value);
    if (!isFinite(n)) { return String(value); }
    return n.toLocaleString();
  }

  /* Amounts arrive as decimal strings ("123456.78"); group them without
     going through floating point so nothing is rounded. */
  function formatAmount(value) {
    var s = String(value).trim();
    var m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(s);
    if (!m) { return s; }
    var intPart = m[2].replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
    var sign = m[1] === '-' ? '\u2212' : '';
    return sign + intPart + (m[3] !== undefined ? separators.decimal + m[3] : '');
  }

  function formatBytes(bytes) {
    var n = Number(bytes);
    if (!isFinite(n) || n < 0) { return ''; }
    if (n < 1024) { return n + ' bytes'; }
    if (n < 1024 * 1024) { return (n / 1024).toFixed(1) + ' KB'; }
    return (n / (1024 * 1024)).toFixed(1) + ' MB';
  }

  /* 0 -> A, 25 -> Z, 26 -> AA: how spreadsheet users name columns. */
  function columnLetter(index) {
    var n = Number(index);
    if (!isFinite(n) || n < 0) { return ''; }
    var s = '';
    n = Math.floor(n) + 1;
    while (n > 0) {
      var r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }

  function isoDate(d) {
    var mm = String(d.getMonth() + 1).padStart(2, '0');
    var dd = String(d.getDate()).padStart(2, '0');
    return d.getFullYear() + '-' + mm + '-' + dd;
  }

  function todayLocalIso() {
    return isoDate(new Date());
  }

  /* The pack is a month-end report: today when today is the last day of a
     month, otherwise the end of the previous month. */
  function lastMonthEndIso() {
    var d = new Date();
    var tomorrow = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
    if (tomorrow.getDate() === 1) { return isoDate(d); }
    return isoDate(new Date(d.getFullYear(), d.getMonth(), 0));
  }

  /* ------------------------------------------------------------------ */
  /* API                                                                */
  /* ------------------------------------------------------------------ */

  var STATUS_FALLBACK = {
    400: ['Invalid parameter', 'One of the parameters was not accepted.'],
    413: ['File too large', 'The export is larger than this service accepts.'],
    415: ['Not a supported file', 'This does not look like a CSV, TXT, XLSX, XLS, HTML or XML export.'],
    422: ['File understood but unusable', 'The file was read, but no usable open items were found in it.'],
    500: ['Something went wrong', 'The service hit an unexpected problem while working on this file.']
  };

  /* For the dunning job any of up to four files may be the one refused. */
  var DUNNING_FALLBACK = {
    415: ['Not a supported file', 'One of the files is not in a format this job reads: the export and customer master as CSV, TXT, XLSX, XLS, HTML or XML, the previous worklist as XLSX, the policy as JSON.'],
    422: ['Files understood but unusable', 'The files were read, but the worklist could not be built from them.']
  };

  /* For the reconciliation, any of the open items, GL, register or prior period. */
  var RECON_FALLBACK = {
    415: ['Not a supported file', 'One of the files is not in a format this job reads: the open items, general ledger, register and prior period as CSV, TXT, XLSX, XLS, HTML or XML.'],
    422: ['Files understood but unusable', 'The files were read, but the reconciliation could not be built from them.']
  };

  /* For the cash application, any of the open items, payments, customer master or tolerances. */
  var CASHAPP_FALLBACK = {
    415: ['Not a supported file', 'One of the files is not in a format this job reads: the open items and customer master as CSV, TXT, XLSX, XLS, HTML or XML, the payments as camt.053 XML, BAI2 / lockbox, CSV or XLSX, the tolerances as JSON.'],
    422: ['Files understood but unusable', 'The files were read, but the payments could not be applied to the open items.']
  };

  /* For the pack, any of the files dropped together. */
  var PACK_FALLBACK = {
    415: ['Not a supported file', 'One of the files is not in a format the pack reads: CSV, TXT, XLSX, XLS, HTML or XML exports, camt.053 XML or BAI2 bank statements.'],
    422: ['Files understood but unusable', 'The files were read, but the month-end pack could not be built from them.']
  };

  var FALLBACKS = { dunning: DUNNING_FALLBACK, recon: RECON_FALLBACK, cashapp: CASHAPP_FALLBACK };

  function ApiError(title, detail, status, body) {
    this.title = title;
    this.detail = detail;
    this.status = status;
    this.body = body || null;
  }

  function networkError() {
    return new ApiError('Could not reach AR Workbench',
      'The local service did not answer. Check that it is still running, then try again.', 0);
  }

  /* Turn a non-2xx response into an ApiError using its {"error","detail"} body. */
  function readError(response, overrides) {
    var fallback = (overrides && overrides[response.status]) || STATUS_FALLBACK[response.status] ||
      ['Request failed (' + response.status + ')', response.statusText || ''];
    return response.text().then(function (text) {
      var body = null;
      try { body = JSON.parse(text); } catch (e) { body = null; }
      if (body && typeof body === 'object') {
        return new ApiError(
          isPresent(body.error) ? String(body.error) : fallback[0],
          isPresent(body.detail) ? String(body.detail) : (isPresent(body.error) ? '' : fallback[1]),
          response.status, body);
      }
      return new ApiError(fallback[0], fallback[1], response.status);
    }, function () {
      return new ApiError(fallback[0], fallback[1], response.status);
    });
  }

  function request(url, options, fallbacks) {
    return fetch(url, options).then(function (response) {
      if (!response.ok) {
        return readError(response, fallbacks).then(function (err) { throw err; });
      }
      return response;
    }, function () {
      throw networkError();
    });
  }

  function apiHealth() {
    return request('/api/health', { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); });
  }

  function apiInspect(file, profile, mapping) {
    var form = new FormData();
    form.append('file', file, file.name);
    if (profile) { form.append('profile', profile); }
    if (mapping) { form.append('mapping', JSON.stringify(mapping)); }
    return request('/api/inspect', { method: 'POST', body: form, headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); });
  }

  /* POST a form whose answer is an .xlsx with a JSON summary header (every job and the pack). */
  function postWorkbook(endpoint, form, fallbackName, fallbacks) {
    return request(endpoint, { method: 'POST', body: form }, fallbacks || null).then(function (r) {
      return r.blob().then(function (blob) {
        return {
          blob: blob,
          fileName: filenameFromDisposition(r.headers.get('Content-Disposition')) || fallbackName,
          summary: parseSummary(r.headers.get('X-Arw-Summary'))
        };
      }, function () { throw networkError(); });
    });
  }

  function apiBuild(job, form) {
    var spec = JOBS[job];
    return postWorkbook(spec.endpoint, form, spec.fallbackName, FALLBACKS[job]);
  }

  /* The pack's files all go in the field "files"; role overrides as JSON by file name. */
  function packForm(entries, mapping) {
    var form = new FormData();
    if (mapping) { form.append('mapping', JSON.stringify(mapping)); }
    var roles = {};
    entries.forEach(function (entry) {
      form.append('files', entry.file, entry.file.name);
      if (entry.role !== 'auto') { roles[entry.file.name] = entry.role; }
    });
    if (Object.keys(roles).length) { form.append('roles', JSON.stringify(roles)); }
    return form;
  }

  function apiRecognize(entries, mapping) {
    return request('/api/recognize', { method: 'POST', body: packForm(entries, mapping), headers: { 'Accept': 'application/json' } },
      PACK_FALLBACK).then(function (r) { return r.json(); });
  }

  function apiPack(entries, params) {
    var form = packForm(entries, params.mapping);
    form.append('asOf', params.asOf);
    if (params.glAccounts) { form.append('glAccounts', params.glAccounts); }
    if (params.currency) { form.append('currency', params.currency); }
    return postWorkbook('/api/pack', form, 'month-end-pack.xlsx', PACK_FALLBACK);
  }

  function apiAging(file, params) {
    var form = new FormData();
    form.append('file', file, file.name);
    form.append('asOf', params.asOf);
    form.append('basis', params.basis);
    form.append('buckets', params.buckets);
    appendReading(form, params);
    return apiBuild('aging', form);
  }

  /* How the open items are read: a forced profile, the user's column choices, the base currency. */
  function appendReading(form, params) {
    if (params.profile) { form.append('profile', params.profile); }
    if (params.mapping) { form.append('mapping', JSON.stringify(params.mapping)); }
    if (params.currency) { form.append('currency', params.currency); }
  }

  /* Add the chosen extra files of a job to its form, each under its field name. */
  function appendExtras(form, job, extras) {
    extrasOf(job).forEach(function (x) {
      var f = extras[x.key];
      if (f) { form.append(x.field || x.key, f, f.name); }
    });
  }

  function apiDunning(file, params, extras) {
    var form = new FormData();
    form.append('file', file, file.name);
    form.append('asOf', params.asOf);
    appendExtras(form, 'dunning', extras);
    appendReading(form, params);
    return apiBuild('dunning', form);
  }

  function apiCashapp(file, params, extras) {
    var form = new FormData();
    form.append('file', file, file.name);
    appendExtras(form, 'cashapp', extras);
    form.append('asOf', params.asOf);
    appendReading(form, params);
    return apiBuild('cashapp', form);
  }

  /* Saves the user's column choices under a name, keyed by the header of the file. */
  function apiSaveMapping(file, name, mapping) {
    var form = new FormData();
    form.append('file', file, file.name);
    form.append('name', name);
    form.append('mapping', JSON.stringify(mapping));
    return request('/api/mappings', { method: 'POST', body: form, headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); });
  }

  function apiRecon(file, params, extras) {
    var form = new FormData();
    form.append('file', file, file.name);
    appendExtras(form, 'recon', extras);
    form.append('asOf', params.asOf);
    if (params.glAccounts) { form.append('glAccounts', params.glAccounts); }
    appendReading(form, params);
    return apiBuild('recon', form);
  }


  /* ------------------------------------------------------------------ */
  /* Column mapping: which column feeds which field, how sure, changes  */
  /* ------------------------------------------------------------------ */

  /* The fields an open-items column can feed (keys as MappingSpec names them). */
  var OPEN_ITEM_FIELDS = [
    ['customerId', 'Customer ID'], ['customerName', 'Customer name'], ['customer', 'Customer (name and ID)'],
    ['documentNumber', 'Document number'], ['documentType', 'Document type'], ['documentDate', 'Document date'],
    ['postingDate', 'Posting date'], ['dueDate', 'Due date'], ['openAmount', 'Open amount'],
    ['originalAmount', 'Original amount'], ['currency', 'Currency'], ['debitCredit', 'Debit/credit indicator'],
    ['clearingDate', 'Clearing date'], ['entity', 'Entity / company code'], ['reference', 'Reference'],
    ['dispute', 'Dispute'], ['dunningBlock', 'Dunning block']
  ];

  function fieldLabel(key) {
    var f = OPEN_ITEM_FIELDS.filter(function (x) { return x[0] === key; })[0];
    return f ? f[1] : key;
  }

  /* "5" (a 1-based position) -> "column E"; a header text stays as it is. */
  function candidateLabel(c) {
    return /^\d+$/.test(String(c)) ? 'column ' + columnLetter(Number(c) - 1) : String(c);
  }

  /* One mapping table in `box`. opts: {prefix, onChange(), onSave(name, spec) -> Promise, fileName()}.
     show(data) takes an inspect answer (columns, uncertain, savedMapping) or a 422 body (uncertain only);
     spec() is the partial MappingSpec of the user's choices (null when none); blocking() says why
     the build must wait (or ''). */
  function mappingEditor(box, opts) {
    var m = { columns: [], original: {}, chosen: {}, base: {}, uncertain: [], picks: {}, touched: {},
      confirmed: {}, saved: null, askOnly: false, savedNote: '' };

    function indexOfField(map, key) {
      for (var k in map) { if (Object.prototype.hasOwnProperty.call(map, k) && map[k] === key) { return Number(k); } }
      return -1;
    }

    function reference(index) {
      var col = m.columns.filter(function (c) { return c.index === index; })[0];
      var h = col && isPresent(col.header) ? String(col.header).trim() : '';
      if (!h || /^\d+$/.test(h)) { return String(index + 1); }
      var same = m.columns.filter(function (c) { return String(c.header || '').trim().toLowerCase() === h.toLowerCase(); });
      return same.length === 1 ? h : String(index + 1);
    }

    function spec() {
      var columns = {};
      Object.keys(m.base).forEach(function (k) { columns[k] = m.base[k]; });
      if (m.askOnly) {
        Object.keys(m.picks).forEach(function (k) { if (m.picks[k]) { columns[k] = m.picks[k]; } });
      } else {
        var keys = {};
        Object.keys(m.original).forEach(function (i) { if (m.original[i]) { keys[m.original[i]] = true; } });
        Object.keys(m.chosen).forEach(function (i) { if (m.chosen[i]) { keys[m.chosen[i]] = true; } });
        Object.keys(keys).forEach(function (f) {
          var was = indexOfField(m.original, f);
          var now = indexOfField(m.chosen, f);
          if (was !== now) { columns[f] = now < 0 ? '' : reference(now); }
        });
        /* An uncertain field the user confirmed as shown: say so, or the server would ask again. */
        m.uncertain.forEach(function (u) {
          var at = indexOfField(m.chosen, String(u.field));
          if (m.touched[u.field] && at >= 0 && !(u.field in columns)) { columns[u.field] = reference(at); }
        });
      }
      return Object.keys(columns).length ? { partial: true, columns: columns } : null;
    }

    function uncertainFields() {
      return m.uncertain.map(function (u) { return String(u.field); });
    }

    function isLow(c) {
      return c.confidence === 'low' && !m.confirmed[c.index] && m.chosen[c.index] === m.original[c.index];
    }

    /* Rows the user must look at: candidates of an uncertain field not yet decided, low confidence not confirmed. */
    function needsChoice(c) {
      var open = m.uncertain.filter(function (u) { return !m.touched[u.field]; });
      var candidate = open.some(function (u) {
        return (u.candidates || []).some(function (x) {
          return String(x) === String(c.header) || String(x) === String(c.index + 1);
        }) || m.original[c.index] === u.field;
      });
      return candidate || isLow(c);
    }

    function blocking() {
      if (box.hidden) { return ''; }
      var open = m.uncertain.filter(function (u) { return m.askOnly ? !m.picks[u.field] : !m.touched[u.field]; });
      if (open.length) {
        return 'Choose the column of the ' + joinWords(open.map(function (u) {
          return String(u.label || fieldLabel(u.field)).toLowerCase();
        })) + ' in the column mapping first.';
      }
      if (!m.askOnly && m.columns.some(isLow)) {
        return 'Check the highlighted columns in the column mapping: choose their field, or confirm it.';
      }
      return '';
    }

    function changed() {
      render();
      if (opts.onChange) { opts.onChange(); }
    }

    function fieldSelect(c) {
      var select = make('select', 'role-select field-select');
      select.id = opts.prefix + 'field-' + c.index;
      select.setAttribute('aria-label', 'Field read from column ' + columnLetter(c.index) + ' (' + (c.header || 'blank') + ')');
      var none = make('option', null, 'not used');
      none.value = '';
      select.appendChild(none);
      OPEN_ITEM_FIELDS.forEach(function (f) {
        var opt = make('option', null, f[1]);
        opt.value = f[0];
        select.appendChild(opt);
      });
      select.value = m.chosen[c.index] || '';
      select.addEventListener('change', function () {
        var v = select.value;
        if (v) {
          /* One column per field: the column that had it gives it up. */
          Object.keys(m.chosen).forEach(function (i) { if (m.chosen[i] === v) { m.chosen[i] = ''; } });
          m.touched[v] = true;
        }
        var before = m.chosen[c.index];
        if (before) { m.touched[before] = true; }
        m.chosen[c.index] = v;
        m.savedNote = '';
        changed();
      });
      return select;
    }

    function badge(c) {
      if (m.chosen[c.index] !== m.original[c.index]) { return make('span', 'confidence is-yours', 'your choice'); }
      if (!c.fieldKey) { return make('span', 'muted', '\u2014'); }
      var conf = String(c.confidence || 'medium');
      var b = make('span', 'confidence is-' + conf, conf);
      if (isPresent(c.evidence)) { b.title = String(c.evidence); }
      return b;
    }

    function renderTable() {
      var scroll = make('div', 'table-scroll');
      var table = make('table', 'table table-compact mapping-table');
      table.id = opts.prefix + 'mapping-table';
      var thead = make('thead');
      var hr = make('tr');
      [['Col', 'col-letter'], ['Header in the file', null], ['Sample', null], ['Read as', null], ['Sure?', null]]
        .forEach(function (h) {
          var th = make('th', h[1], h[0]);
          th.scope = 'col';
          hr.appendChild(th);
        });
      thead.appendChild(hr);
      table.appendChild(thead);
      var tbody = make('tbody');
      m.columns.forEach(function (c) {
        var tr = make('tr');
        tr.setAttribute('data-column', String(c.index));
        if (m.chosen[c.index] !== m.original[c.index]) { tr.classList.add('is-changed'); }
        var ask = needsChoice(c);
        if (ask) { tr.classList.add('is-uncertain'); }
        tr.appendChild(make('td', 'col-letter', columnLetter(c.index)));
        tr.appendChild(make('td', 'mapping-header', isPresent(c.header) ? c.header : '(blank)'));
        var sample = make('td', 'mapping-sample', isPresent(c.sample) ? c.sample : '');
        sample.title = isPresent(c.sample) ? String(c.sample) : '';
        tr.appendChild(sample);
        var fieldCell = make('td', 'mapping-field');
        var select = fieldSelect(c);
        select.setAttribute('aria-invalid', ask ? 'true' : 'false');
        fieldCell.appendChild(select);
        tr.appendChild(fieldCell);
        var sure = make('td', 'mapping-sure');
        sure.appendChild(badge(c));
        if (isLow(c)) {
          var ok = make('button', 'btn btn-link', 'Confirm');
          ok.type = 'button';
          ok.setAttribute('aria-label', 'Confirm column ' + columnLetter(c.index) + ' is ' + fieldLabel(c.fieldKey));
          ok.addEventListener('click', function () { m.confirmed[c.index] = true; m.touched[c.fieldKey] = true; changed(); });
          sure.appendChild(document.createTextNode(' '));
          sure.appendChild(ok);
        }
        tr.appendChild(sure);
        tbody.appendChild(tr);
      });
      table.appendChild(tbody);
      scroll.appendChild(table);
      return scroll;
    }

    /* No columns yet (the file stopped on an uncertain field): one chooser per uncertain field. */
    function renderAsk() {
      var wrap = make('div', 'mapping-choices');
      m.uncertain.forEach(function (u) {
        var row = make('div', 'mapping-choice');
        var id = opts.prefix + 'choose-' + u.field;
        var label = make('label', null, String(u.label || fieldLabel(u.field)) + ' is in');
        label.htmlFor = id;
        var select = make('select', 'role-select field-select');
        select.id = id;
        var none = make('option', null, 'Choose\u2026');
        none.value = '';
        select.appendChild(none);
        (u.candidates || []).forEach(function (c) {
          var opt = make('option', null, candidateLabel(c));
          opt.value = String(c);
          select.appendChild(opt);
        });
        select.value = m.picks[u.field] || '';
        select.setAttribute('aria-invalid', select.value ? 'false' : 'true');
        select.addEventListener('change', function () {
          m.picks[u.field] = select.value;
          changed();
        });
        row.appendChild(label);
        row.appendChild(select);
        wrap.appendChild(row);
      });
      return wrap;
    }

    function renderSave() {
      var s = spec();
      var row = make('div', 'mapping-save');
      if (!s || !opts.onSave) { return row; }
      var id = opts.prefix + 'mapping-name';
      var label = make('label', null, 'Save this mapping as');
      label.htmlFor = id;
      var input = make('input');
      input.type = 'text';
      input.id = id;
      input.value = m.saveName || defaultName();
      input.addEventListener('input', function () { m.saveName = input.value; });
      var button = make('button', 'btn btn-secondary btn-small', 'Save mapping');
      button.type = 'button';
      button.id = opts.prefix + 'mapping-save';
      var status = make('span', 'mapping-save-status', m.savedNote);
      status.id = opts.prefix + 'mapping-save-status';
      status.setAttribute('role', 'status');
      button.addEventListener('click', function () {
        var name = input.value.trim();
        if (!name) { input.focus(); return; }
        button.disabled = true;
        opts.onSave(name, spec()).then(function () {
          m.savedNote = 'Saved as \u201c' + name + '\u201d: the next export with this header is read this way.';
          render();
        }, function (err) {
          m.savedNote = '';
          button.disabled = false;
          status.textContent = (err && err.detail) || 'Could not save the mapping.';
          status.className = 'mapping-save-status is-warn';
        });
      });
      row.appendChild(label);
      row.appendChild(input);
      row.appendChild(button);
      row.appendChild(status);
      return row;
    }

    function defaultName() {
      var n = opts.fileName ? String(opts.fileName() || '') : '';
      return n.replace(/\.[^.]+$/, '') || 'My mapping';
    }

    function render() {
      clear(box);
      box.appendChild(make('p', 'section-title', 'Column mapping'));
      if (m.saved) {
        var note = make('p', 'mapping-saved', 'Read with the saved mapping \u201c' + m.saved + '\u201d');
        note.id = opts.prefix + 'mapping-saved';
        box.appendChild(note);
      }
      var why = blocking();
      if (why) {
        var ask = make('p', 'mapping-ask', why);
        ask.id = opts.prefix + 'mapping-ask';
        box.appendChild(ask);
      } else if (!m.askOnly) {
        box.appendChild(make('p', 'help', 'Change a drop-down if a column is read as the wrong field; the build uses your choice.'));
      }
      box.appendChild(m.askOnly ? renderAsk() : renderTable());
      box.appendChild(renderSave());
    }

    return {
      /* data: an inspect answer or a 422 body; base: the spec sent with the inspect (kept in every build). */
      show: function (data, base) {
        var keepName = m.saveName;
        m = { columns: [], original: {}, chosen: {}, base: {}, uncertain: [], picks: {}, touched: {}, confirmed: {},
          saved: null, askOnly: false, savedNote: '', saveName: keepName };
        if (base && base.columns) { Object.keys(base.columns).forEach(function (k) { m.base[k] = base.columns[k]; }); }
        m.uncertain = (Array.isArray(data && data.uncertain) ? data.uncertain : []).filter(function (u) {
          return u && isPresent(u.field);
        });
        m.columns = (Array.isArray(data && data.columns) ? data.columns : []).filter(function (c) {
          return c && isFinite(Number(c.index));
        }).map(function (c) {
          return { index: Number(c.index), header: c.header, fieldKey: c.fieldKey || null,
            confidence: c.confidence, evidence: c.evidence, sample: c.sample };
        });
        m.columns.forEach(function (c) { m.original[c.index] = c.fieldKey || ''; m.chosen[c.index] = c.fieldKey || ''; });
        m.askOnly = !m.columns.length && m.uncertain.length > 0;
        m.saved = data && isPresent(data.savedMapping) ? String(data.savedMapping) : null;
        box.hidden = !m.columns.length && !m.askOnly;
        render();
      },
      hide: function () { box.hidden = true; clear(box); m.base = {}; },
      spec: function () { return box.hidden ? null : spec(); },
      /* The spec to inspect again with once every uncertain field is picked (ask mode), else null. */
      picked: function () {
        if (!m.askOnly || m.uncertain.some(function (u) { return !m.picks[u.field]; })) { return null; }
        return spec();
      },
      blocking: blocking
    };
  }

  /* ------------------------------------------------------------------ */
  /* Status, errors                                                     */
  /* ------------------------------------------------------------------ */

  /* The status line and error box of a card: PREFIX + status, status-text,
     status-spinner, error, error-title, error-detail. The pack card has
     "pack-", the single-job card "". */
  function feedback(prefix) {
    var status = $(prefix + 'status');
    var statusText = $(prefix + 'status-text');
    var spinner = $(prefix + 'status-spinner');
    var box = $(prefix + 'error');
    var title = $(prefix + 'error-title');
    var detail = $(prefix + 'error-detail');
    return {
      setStatus: function (text, busy) {
        statusText.textContent = text || '';
        spinner.hidden = !busy;
        status.classList.toggle('is-active', Boolean(text) || Boolean(busy));
      },
      showError: function (err) {
        title.textContent = err.title || 'Something went wrong';
        detail.textContent = err.detail || '';
        box.hidden = false;
        var rect = box.getBoundingClientRect();
        if (rect.top < 0 || rect.bottom > window.innerHeight) {
          box.scrollIntoView({ block: 'center', behavior: 'smooth' });
        }
      },
      clearError: function () {
        box.hidden = true;
        title.textContent = '';
        detail.textContent = '';
      }
    };
  }

  var single = null;  // status and errors of the single-job card
  var packUi = null;  // status and errors of the pack card
  var singleMapping = null;  // the single-job card's column mapping
  var packMapping = null;    // the pack's column mapping (of its open items)

  /* ------------------------------------------------------------------ */
  /* Health                                                             */
  /* ------------------------------------------------------------------ */

  function renderHealth(health) {
    PACK_SECTIONS = Array.isArray(health.packSections) ? health.packSections : [];
    renderPack();
    el.version.textContent = isPresent(health.version) ? 'v' + health.version : '';
    var profiles = Array.isArray(health.profiles) ? health.profiles : [];
    var current = el.profile.value;
    while (el.profile.options.length > 1) { el.profile.remove(1); }
    profiles.forEach(function (p) {
      if (!p || !isPresent(p.id)) { return; }
      var opt = make('option', null, isPresent(p.name) ? p.name : p.id);
      opt.value = String(p.id);
      el.profile.appendChild(opt);
    });
    el.profile.value = current;
    if (el.profile.value !== current) { el.profile.value = ''; }
  }

  function loadHealth() {
    apiHealth().then(renderHealth, function (err) {
      el.version.textContent = '(service unavailable)';
      packUi.showError(err);
    });
  }

  /* ------------------------------------------------------------------ */
  /* File selection and inspect                                         */
  /* ------------------------------------------------------------------ */

  function renderCurrentFile() {
    var file = state.file;
    el.dropZone.classList.toggle('has-file', Boolean(file));
    el.currentFile.hidden = !file;
    el.chooseFile.textContent = file ? 'Choose another file' : 'Choose file';
    clear(el.currentFile);
    if (file) {
      el.currentFile.appendChild(document.createTextNode(file.name + ' '));
      el.currentFile.appendChild(make('span', 'muted', '\u00b7 ' + formatBytes(file.size)));
    }
  }

  function handleFile(file) {
    if (!file) { return; }
    state.file = file;
    state.inspectBase = null;
    singleMapping.hide();
    state.results = nullsFor(Object.keys(JOBS));
    el.resultPanel.hidden = true;
    el.inspectPanel.hidden = true;
    single.clearError();
    renderCurrentFile();
    updateBuildState();
    runInspect();
  }

  function runInspect() {
    if (!state.file) { return; }
    var seq = ++state.inspectSeq;
    var file = state.file;
    state.inspecting = true;
    state.inspectFailed = 0;
    single.clearError();
    single.setStatus('Reading ' + file.name + '\u2026', true);
    updateBuildState();

    var base = state.inspectBase;
    apiInspect(file, el.profile.value, base).then(function (data) {
      if (seq !== state.inspectSeq) { return; }
      state.inspecting = false;
      renderInspect(data || {});
      singleMapping.show(data || {}, base);
      var summary = 'Read ' + file.name;
      if (data && isPresent(data.dataRows)) { summary += ': ' + formatCount(data.dataRows) + ' data rows'; }
      if (data && data.profile && isPresent(data.profile.name)) { summary += ', ' + data.profile.name; }
      single.setStatus(summary + '.', false);
      updateBuildState();
    }, function (err) {
      if (seq !== state.inspectSeq) { return; }
      state.inspecting = false;
      el.inspectPanel.hidden = true;
      if (err instanceof ApiError && err.body && Array.isArray(err.body.uncertain) && err.body.uncertain.length) {
        /* The file is fine, but a required field could come from more than one column: ask, do not guess. */
        singleMapping.show(err.body, base);
        single.setStatus('Choose the columns of ' + file.name + ' below.', false);
        updateBuildState();
        return;
      }
      singleMapping.hide();
      state.inspectFailed = err instanceof ApiError ? err.status || 1 : 1;
      single.setStatus('', false);
      single.showError(err instanceof ApiError ? err : networkError());
      updateBuildState();
    });
  }

  /* ------------------------------------------------------------------ */
  /* "What we found" panel                                              */
  /* ------------------------------------------------------------------ */

  function addFact(dl, label, value, id) {
    var dt = make('dt', null, label);
    var dd = make('dd');
    if (id) { dd.id = id; }
    if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
    dl.appendChild(dt);
    dl.appendChild(dd);
    return dd;
  }

  function renderWarnings(warnings) {
    var box = make('div', 'warnings');
    box.appendChild(make('p', 'warnings-title', warnings.length === 1 ? 'Warning' : warnings.length + ' warnings'));
    var ul = make('ul');
    warnings.forEach(function (w) { ul.appendChild(make('li', null, w)); });
    box.appendChild(ul);
    return box;
  }

  function renderStats(data) {
    var stats = make('div', 'stats');
    var items = [
      ['Rows read', data.rowsRead, 'rows-read', false],
      ['Data rows', data.dataRows, 'data-rows', false],
      ['Rejected', data.rejectedRows, 'rejected-rows', Number(data.rejectedRows) > 0],
      ['Structural', data.structuralRows, 'structural-rows', false]
    ];
    items.forEach(function (item) {
      var stat = make('div', 'stat' + (item[3] ? ' is-alert' : ''));
      stat.appendChild(make('div', 'stat-label', item[0]));
      var value = make('div', 'stat-value', isPresent(item[1]) ? formatCount(item[1]) : '\u2014');
      value.id = item[2];
      stat.appendChild(value);
      stats.appendChild(stat);
    });
    return stats;
  }

  function renderProfileValue(profile) {
    var frag = document.createDocumentFragment();
    if (profile && (isPresent(profile.name) || isPresent(profile.id))) {
      frag.appendChild(document.createTextNode(isPresent(profile.name) ? profile.name : profile.id));
      if (profile.forced) { frag.appendChild(make('span', 'muted', ' (forced)')); }
    } else {
      frag.appendChild(make('span', 'muted', 'Not recognised \u2014 generic reading'));
    }
    return frag;
  }

  function renderFacts(data) {
    var dl = make('dl', 'kv');
    addFact(dl, 'ERP profile', renderProfileValue(data.profile), 'detected-profile');
    if (isPresent(data.format)) { addFact(dl, 'Format', data.format); }
    if (isPresent(data.headerRow)) { addFact(dl, 'Header row', 'Row ' + formatCount(data.headerRow)); }
    if (isPresent(data.dateOrder)) { addFact(dl, 'Dates', data.dateOrder); }
    if (isPresent(data.numberStyle)) { addFact(dl, 'Numbers', data.numberStyle); }
    if (Array.isArray(data.currencies) && data.currencies.length) {
      var list = make('ul', 'pill-list');
      data.currencies.forEach(function (c) { list.appendChild(make('li', 'pill', c)); });
      addFact(dl, 'Currencies', list);
    }
    var dates = data.documentDates;
    if (dates && (isPresent(dates.min) || isPresent(dates.max))) {
      addFact(dl, 'Document dates', (dates.min || '?') + ' \u2013 ' + (dates.max || '?'));
    }
    if (isPresent(data.sha256)) {
      var sha = String(data.sha256);
      var span = make('span', 'mono', sha.length > 16 ? sha.slice(0, 16) + '\u2026' : sha);
      span.title = sha;
      addFact(dl, 'SHA-256', span);
    }
    return dl;
  }

  function renderControlTotals(totals) {
    var table = make('table', 'table table-compact');
    table.appendChild(make('caption', null, 'Control totals'));
    var thead = make('thead');
    var hr = make('tr');
    var th1 = make('th', null, 'Currency'); th1.scope = 'col';
    var th2 = make('th', 'num', 'Open amount'); th2.scope = 'col';
    hr.appendChild(th1); hr.appendChild(th2);
    thead.appendChild(hr);
    table.appendChild(thead);
    var tbody = make('tbody');
    totals.forEach(function (t) {
      if (!t) { return; }
      var tr = make('tr');
      tr.appendChild(make('td', null, isPresent(t.currency) ? t.currency : '\u2014'));
      tr.appendChild(make('td', 'num', isPresent(t.amount) ? formatAmount(t.amount) : '\u2014'));
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    return table;
  }

  function renderColumns(columns, unmapped) {
    var wrap = make('div');
    wrap.appendChild(make('p', 'section-title', 'Column mapping'));
    if (columns.length) {
      var scroll = make('div', 'table-scroll');
      var table = make('table', 'table');
      var thead = make('thead');
      var hr = make('tr');
      [['Col', 'col-letter'], ['Header in the file', null], ['Read as', null]].forEach(function (h) {
        var th = make('th', h[1], h[0]);
        th.scope = 'col';
        hr.appendChild(th);
      });
      thead.appendChild(hr);
      table.appendChild(thead);
      var tbody = make('tbody');
      columns.forEach(function (c) {
        if (!c) { return; }
        var tr = make('tr');
        tr.appendChild(make('td', 'col-letter', isPresent(c.index) ? columnLetter(c.index) : ''));
        tr.appendChild(make('td', null, isPresent(c.header) ? c.header : '(blank)'));
        if (isPresent(c.field)) {
          tr.appendChild(make('td', null, c.field));
        } else {
          tr.appendChild(make('td', 'unmapped', 'not used'));
        }
        tbody.appendChild(tr);
      });
      table.appendChild(tbody);
      scroll.appendChild(table);
      wrap.appendChild(scroll);
    }
    if (unmapped.length) {
      var note = make('p', 'unmapped-note');
      note.appendChild(make('span', 'label', 'Not used: '));
      note.appendChild(make('span', 'names', unmapped.join(', ')));
      wrap.appendChild(note);
    }
    return wrap;
  }

  function renderInspect(data) {
    var body = el.inspectBody;
    clear(body);

    var sub = [];
    if (isPresent(data.fileName)) { sub.push(data.fileName); }
    if (isPresent(data.sizeBytes)) { sub.push(formatBytes(data.sizeBytes)); }
    el.inspectFile.textContent = sub.join(' \u00b7 ');

    if (Array.isArray(data.warnings) && data.warnings.length) {
      body.appendChild(renderWarnings(data.warnings));
    }

    body.appendChild(renderStats(data));

    var grid = make('div', 'facts-grid');
    var left = make('div');
    left.appendChild(make('p', 'section-title', 'File'));
    left.appendChild(renderFacts(data));
    grid.appendChild(left);
    if (Array.isArray(data.controlTotals) && data.controlTotals.length) {
      var right = make('div');
      right.appendChild(renderControlTotals(data.controlTotals));
      grid.appendChild(right);
    }
    body.appendChild(grid);

    var columns = Array.isArray(data.columns) ? data.columns : [];
    var unmapped = Array.isArray(data.unmappedHeaders) ? data.unmappedHeaders : [];
    if (!columns.length && unmapped.length) {
      body.appendChild(renderColumns(columns, unmapped));
    }

    el.inspectPanel.hidden = false;
  }

  /* ------------------------------------------------------------------ */
  /* Buckets                                                            */
  /* ------------------------------------------------------------------ */

  /* "30,60,90,120" -> {edges:[30,60,90,120]} or {error:"..."} */
  function parseBuckets(text) {
    var raw = String(text || '').trim();
    if (!raw) { return { error: 'Enter at least one bucket edge, e.g. 30,60,90,120.' }; }
    var parts = raw.split(',').map(function (p) { return p.trim(); });
    var edges = [];
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i];
      if (p === '') { return { error: 'There is an empty value between commas.' }; }
      if (!/^\d+$/.test(p)) { return { error: '\u201c' + p + '\u201d is not a whole number of days.' }; }
      var n = parseInt(p, 10);
      if (n <= 0) { return { error: 'Bucket edges must be greater than zero.' }; }
      if (edges.length && n <= edges[edges.length - 1]) {
        return { error: 'Edges must go up: ' + n + ' comes after ' + edges[edges.length - 1] + '.' };
      }
      edges.push(n);
    }
    return { edges: edges };
  }

  /* [30,60,90,120] -> Current, 1-30, 31-60, 61-90, 91-120, Over 120 */
  function bucketLabels(edges) {
    var labels = ['Current'];
    var lo = 1;
    edges.forEach(function (hi) {
      labels.push(lo + '-' + hi);
      lo = hi + 1;
    });
    labels.push('Over ' + edges[edges.length - 1]);
    return labels;
  }

  function renderBucketPreview() {
    var result = parseBuckets(el.buckets.value);
    if (result.error) {
      el.bucketsError.textContent = result.error;
      el.bucketsError.hidden = false;
      el.buckets.setAttribute('aria-invalid', 'true');
      clear(el.bucketPreview);
      return null;
    }
    el.bucketsError.hidden = true;
    el.bucketsError.textContent = '';
    el.buckets.removeAttribute('aria-invalid');
    clear(el.bucketPreview);
    bucketLabels(result.edges).forEach(function (label) {
      el.bucketPreview.appendChild(make('li', null, label));
    });
    return result.edges;
  }

  /* ------------------------------------------------------------------ */
  /* Build                                                              */
  /* ------------------------------------------------------------------ */

  /* " 1200, 1210 ,," -> "1200,1210"; the server checks the numbers themselves. */
  function normaliseAccounts(text) {
    return String(text || '').split(',')
      .map(function (a) { return a.trim(); })
      .filter(function (a) { return a !== ''; })
      .join(',');
  }

  function currentParams() {
    var parsed = parseBuckets(el.buckets.value);
    return {
      job: state.job,
      asOf: el.asOf.value,
      basis: el.basis.value || 'due',
      buckets: parsed.edges ? parsed.edges.join(',') : null,
      glAccounts: normaliseAccounts(el.glAccounts.value),
      profile: el.profile.value,
      currency: el.currency.value.trim().toUpperCase(),
      mapping: singleMapping ? singleMapping.spec() : null
    };
  }

  /* What the current result was built from; a different key marks it stale. */
  function paramsKey(p) {
    return paramsKeyOf(p) + '|' + (p.currency || '') + '|' + JSON.stringify(p.mapping || null);
  }

  function paramsKeyOf(p) {
    if (p.job === 'dunning') {
      return ['dunning', p.asOf, p.profile, state.extrasVersion.dunning].join('|');
    }
    if (p.job === 'recon') {
      return ['recon', p.asOf, p.glAccounts, p.profile, state.extrasVersion.recon].join('|');
    }
    if (p.job === 'cashapp') {
      return ['cashapp', p.asOf, p.profile, state.extrasVersion.cashapp].join('|');
    }
    return ['aging', p.asOf, p.basis, p.buckets, p.profile].join('|');
  }

  function updateBuildState() {
    var p = currentParams();
    var hint = '';
    var missing = missingExtra(p.job);  // the general ledger (recon), the payments (cashapp)
    if (!state.file && missing) { hint = 'Choose the open-items export and the ' + missing.label + ' first.'; }
    else if (!state.file) { hint = 'Choose an export file first.'; }
    else if (missing) { hint = 'Choose the ' + missing.label + ' too.'; }
    else if (!p.asOf) { hint = 'Enter an as-of date.'; }
    else if (p.job === 'aging' && !p.buckets) { hint = 'Fix the bucket edges first.'; }
    else if (state.inspecting) { hint = 'Reading the file\u2026'; }
    else if (state.inspectFailed) { hint = 'This file cannot be used (see the message above): choose another export.'; }
    else if (singleMapping.blocking()) { hint = singleMapping.blocking(); }
    el.build.disabled = Boolean(hint) || state.building;
    el.buildHint.textContent = hint;
    el.buildHint.hidden = !hint;
    el.asOf.setAttribute('aria-invalid', p.asOf ? 'false' : 'true');
    renderBuildNote();

    var last = state.results[p.job];
    if (!el.resultPanel.hidden && last) {
      el.resultStale.hidden = paramsKey(p) === last.key;
    }
  }

  /* Under the reconciliation build button: what the workbook will contain. */
  function reconBuildNote() {
    var reg = Boolean(state.extras.register);
    var prior = Boolean(state.extras.prior);
    var text;
    if (reg && prior) {
      text = 'With the transaction register and the prior period: roll-forward included.';
    } else if (reg) {
      text = 'With the transaction register; add the prior period open items for a roll-forward.';
    } else if (prior) {
      text = 'With the prior period open items; add the transaction register for a roll-forward.';
    } else {
      text = 'Open items against the general ledger; no roll-forward without the register and the prior period.';
    }
    var accounts = normaliseAccounts(el.glAccounts.value);
    text += accounts
      ? ' AR control accounts: ' + accounts.split(',').join(', ') + '.'
      : ' AR control accounts recognised by name.';
    return text;
  }

  /* Under the cash application build button: which optional inputs go with the payments. */
  function cashappBuildNote() {
    var used = extrasOf('cashapp').filter(function (x) { return !x.required && state.extras[x.key]; })
      .map(function (x) { return x.label; });
    if (!used.length) { return 'Open items and payments, with the built-in tolerances; no customer master.'; }
    return 'With the ' + joinWords(used) + (state.extras.rules ? '.' : '; built-in tolerances.');
  }

  /* Under the build button: which optional inputs go with the export. */
  function renderBuildNote() {
    if (state.job === 'recon' || state.job === 'cashapp') {
      el.buildNote.textContent = state.job === 'recon' ? reconBuildNote() : cashappBuildNote();
      el.buildNote.hidden = false;
      return;
    }
    if (state.job !== 'dunning') { el.buildNote.hidden = true; return; }
    var used = extrasOf('dunning').filter(function (x) { return state.extras[x.key]; })
      .map(function (x) { return x.label; });
    var text;
    if (!used.length) {
      text = 'Export only, with the built-in dunning policy.';
    } else {
      text = 'With the ' + joinWords(used) + (state.extras.policy ? '.' : '; built-in dunning policy.');
    }
    el.buildNote.textContent = text;
    el.buildNote.hidden = false;
  }

  function joinWords(words) {
    if (words.length <= 1) { return words.join(''); }
    return words.slice(0, -1).join(', ') + ' and ' + words[words.length - 1];
  }

  /* Content-Disposition: attachment; filename="x.xlsx"; filename*=UTF-8''x.xlsx */
  function filenameFromDisposition(header) {
    if (!header) { return null; }
    var name = null;
    var star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
    if (star) {
      try { name = decodeURIComponent(star[2].trim().replace(/^"|"$/g, '')); } catch (e) { name = null; }
    }
    if (!name) {
      var quoted = /filename\s*=\s*"((?:\\.|[^"\\])*)"/i.exec(header);
      if (quoted) {
        name = quoted[1].replace(/\\(.)/g, '$1');
      } else {
        var plain = /filename\s*=\s*([^;]+)/i.exec(header);
        if (plain) { name = plain[1].trim(); }
      }
    }
    if (!name) { return null; }
    name = name.replace(/[\\/]/g, '_').trim();
    return name || null;
  }

  function parseSummary(header) {
    if (!header) { return null; }
    var candidates = [header];
    try { candidates.push(decodeURIComponent(header)); } catch (e) { /* ignore */ }
    for (var i = 0; i < candidates.length; i++) {
      try {
        var obj = JSON.parse(candidates[i]);
        if (obj && typeof obj === 'object') { return obj; }
      } catch (e) { /* try next */ }
    }
    return null;
  }

  function triggerDownload(blob, fileName) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function amountCell(value) {
    return make('td', 'num', isPresent(value) ? formatAmount(value) : '\u2014');
  }

  /* [label, value, isCount] rows into a result's <dl>; rows without a value are left out. */
  function fillRows(dl, rows) {
    clear(dl);
    rows.forEach(function (r) {
      if (isPresent(r[1])) { addFact(dl, r[0], r[2] ? formatCount(r[1]) : r[1]); }
    });
    dl.hidden = !dl.firstChild;
  }

  /* Fill a result table's body from a list; hide the table when there is nothing. */
  function fillTable(table, list, cells) {
    var tbody = table.tBodies[0];
    clear(tbody);
    (Array.isArray(list) ? list : []).forEach(function (item) {
      if (!item || typeof item !== 'object') { return; }
      var tr = make('tr');
      cells(item).forEach(function (td) { tr.appendChild(td); });
      tbody.appendChild(tr);
    });
    table.hidden = !tbody.firstChild;
  }

  function renderAgingSummary(s) {
    el.resultHeadline.hidden = true;
    el.resultOverdue.hidden = true;
    el.resultLevels.hidden = true;
    fillRows(el.resultRows, [
      ['ERP profile', s.profile, false],
      ['Rows read', s.rowsRead, true],
      ['Rows aged', s.rowsAged, true],
      ['Future-dated', s.rowsFuture, true],
      ['Rejected', s.rowsRejected, true]
    ]);
    fillTable(el.resultTotals, s.totals, function (t) {
      return [make('td', null, isPresent(t.currency) ? t.currency : '\u2014'), amountCell(t.amount)];
    });
  }

  function renderDunningSummary(s) {
    el.resultTotals.hidden = true;

    var n = s.customersToContact;
    el.resultCustomers.textContent = isPresent(n) ? formatCount(n) : '\u2014';
    el.resultCustomersLabel.textContent = Number(n) === 1 ? 'customer to contact' : 'customers to contact';
    el.resultHeadline.hidden = false;

    fillRows(el.resultRows, [
      ['ERP profile', s.profile, false],
      ['Rows read', s.rowsRead, true],
      ['Items dunned', s.itemsDunned, true],
      ['Items excluded', s.itemsExcluded, true],
      ['Not overdue', s.itemsNotOverdue, true],
      ['Rejected rows', s.rowsRejected, true]
    ]);

    fillTable(el.resultOverdue, s.overdue, function (o) {
      return [make('td', null, isPresent(o.currency) ? o.currency : '\u2014'),
        amountCell(o.dunned), amountCell(o.excluded)];
    });

    fillTable(el.resultLevels, s.levels, function (l) {
      var td = make('td');
      if (isPresent(l.level)) { td.appendChild(make('span', 'level-chip', l.level)); }
      td.appendChild(document.createTextNode(isPresent(l.name) ? String(l.name) : 'Level ' + l.level));
      return [td, make('td', 'num', isPresent(l.customers) ? formatCount(l.customers) : '\u2014')];
    });
  }

  /* "0", "0.00", "-0.00" -> true; anything else -> false, so a value that is
     not a plain amount is flagged rather than passed over. */
  function isZeroAmount(value) {
    return /^[+-]?0*(?:\.0*)?$/.test(String(value).trim()) && /\d/.test(String(value));
  }

  function reconRow(label, value, className) {
    var tr = make('tr', className || null);
    var th = make('th', null, label);
    th.scope = 'row';
    tr.appendChild(th);
    tr.appendChild(make('td', 'num', isPresent(value) ? formatAmount(value) : '\u2014'));
    return tr;
  }

  function renderReconSummary(s) {
    var accounts = Array.isArray(s.glAccounts) ? s.glAccounts.filter(isPresent).join(', ')
      : (isPresent(s.glAccounts) ? String(s.glAccounts) : '');
    var roll = s.rollForward === true ? 'Built' : (s.rollForward === false ? 'Not built' : null);
    fillRows(el.resultRows, [
      ['ERP profile', s.profile, false],
      ['Rows read', s.rowsRead, true],
      ['GL rows', s.glRows, true],
      ['GL shape', s.glShape, false],
      ['AR control accounts', accounts, false],
      ['Roll-forward', roll, false],
      ['Rejected rows', s.rowsRejected, true]
    ]);

    var table = el.resultRecon;
    while (table.tBodies.length) { table.removeChild(table.tBodies[0]); }
    var list = (Array.isArray(s.comparisons) ? s.comparisons : []).filter(function (c) {
      return c && typeof c === 'object';
    });
    var open = 0;
    list.forEach(function (c) {
      var tbody = make('tbody');
      var head = make('tr', 'recon-group');
      var name = [c.entity, c.currency].filter(isPresent).join(' \u00b7 ');
      var th = make('th', null, name || 'Total');
      th.scope = 'rowgroup';
      th.colSpan = 2;
      head.appendChild(th);
      tbody.appendChild(head);
      tbody.appendChild(reconRow('Subledger', c.subledger));
      tbody.appendChild(reconRow('General ledger', c.gl));
      tbody.appendChild(reconRow('Difference', c.difference));
      tbody.appendChild(reconRow('Explained', c.explained));
      var unexplained = isPresent(c.unexplained) && !isZeroAmount(c.unexplained);
      if (unexplained) { open++; }
      tbody.appendChild(reconRow('Unexplained', c.unexplained, unexplained ? 'is-unexplained' : 'is-explained'));
      table.appendChild(tbody);
    });
    table.hidden = !list.length;

    if (list.length) {
      el.resultReconNote.textContent = open
        ? 'Unexplained difference in ' + open + ' of ' + list.length +
          (list.length === 1 ? ' entity and currency' : ' entity and currency pairs') + ' \u2014 see the Summary sheet.'
        : (list.length === 1 ? 'The difference is fully explained.' : 'Every difference is fully explained.');
      el.resultReconNote.className = 'recon-note ' + (open ? 'is-warn' : 'is-ok');
      el.resultReconNote.hidden = false;
    }
  }

  /* part / total as a percentage with one decimal; null when it cannot be worked out. */
  function shareOf(part, total) {
    var p = Number(part);
    var t = Number(total);
    if (!isPresent(part) || !isPresent(total) || !isFinite(p) || !isFinite(t) || t === 0) { return null; }
    return (p / t * 100).toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + '\u00a0%';
  }

  function renderCashappSummary(s) {
    el.resultTotals.hidden = true;

    var n = s.payments;
    el.resultCustomers.textContent = isPresent(n) ? formatCount(n) : '\u2014';
    el.resultCustomersLabel.textContent = Number(n) === 1 ? 'payment' : 'payments';
    el.resultHeadline.hidden = false;

    fillRows(el.resultRows, [
      ['Payments file', s.paymentsFormat, false],
      ['ERP profile', s.profile, false],
      ['Deductions', s.deductions, true],
      ['Rejected rows', s.rowsRejected, true]
    ]);

    var tbody = el.resultCash.tBodies[0];
    clear(tbody);
    [
      ['Total', s.total, 'is-total'],
      ['Auto-applied', s.autoApplied, 'is-applied'],
      ['For review', s.forReview, 'is-review'],
      ['Unapplied', s.unapplied, 'is-unapplied']
    ].forEach(function (r) {
      if (!isPresent(r[1])) { return; }
      var tr = make('tr', r[2]);
      var th = make('th', null, r[0]);
      th.scope = 'row';
      tr.appendChild(th);
      tr.appendChild(amountCell(r[1]));
      var share = r[2] === 'is-total' ? null : shareOf(r[1], s.total);
      tr.appendChild(make('td', 'num', share === null ? '' : share));
      tbody.appendChild(tr);
    });
    el.resultCash.hidden = !tbody.firstChild;

    /* One line on what is left to do. */
    var review = isPresent(s.forReview) && !isZeroAmount(s.forReview);
    var unapplied = isPresent(s.unapplied) && !isZeroAmount(s.unapplied);
    var open = [];
    if (review) { open.push(formatAmount(s.forReview) + ' for review'); }
    if (unapplied) { open.push(formatAmount(s.unapplied) + ' unapplied'); }
    if (open.length) {
      el.resultCashNote.textContent = joinWords(open) + ' \u2014 see the ' +
        (review && unapplied ? 'Review and Unapplied sheets.' : review ? 'Review sheet.' : 'Unapplied sheet.');
      el.resultCashNote.className = 'recon-note is-warn';
      el.resultCashNote.hidden = false;
    } else if (isPresent(s.autoApplied)) {
      el.resultCashNote.textContent = 'All payments applied automatically.';
      el.resultCashNote.className = 'recon-note is-ok';
      el.resultCashNote.hidden = false;
    }
  }

  /* The checks badge and the title of a result panel: green when the
     workbook's master check says ALL CHECKS OK, amber otherwise. */
  function renderChecks(checks, noun, badge, panel, title) {
    var text = isPresent(checks) ? String(checks) : 'Not reported';
    var ok = /^ALL CHECKS OK/.test(text);
    badge.textContent = text;
    badge.className = 'badge ' + (ok ? 'is-ok' : 'is-warn');
    panel.classList.toggle('is-warn', !ok);
    title.textContent = ok ? noun + ' downloaded' : noun + ' downloaded \u2014 review the Checks sheet';
    return ok;
  }

  function renderResult(job, fileName, summary) {
    var s = summary || {};
    el.resultFile.textContent = fileName;
    renderChecks(s.checks, JOBS[job].noun, el.checksStatus, el.resultPanel, el.resultTitle);

    /* Each job shows its own parts of the panel. */
    el.resultHeadline.hidden = true;
    el.resultOverdue.hidden = true;
    el.resultLevels.hidden = true;
    el.resultTotals.hidden = true;
    el.resultRecon.hidden = true;
    el.resultReconNote.hidden = true;
    el.resultCash.hidden = true;
    el.resultCashNote.hidden = true;
    if (job === 'dunning') { renderDunningSummary(s); }
    else if (job === 'recon') { renderReconSummary(s); }
    else if (job === 'cashapp') { renderCashappSummary(s); }
    else { renderAgingSummary(s); }

    el.resultStale.hidden = true;
    el.resultPanel.hidden = false;
  }

  /* The result panel shows the last build of the selected job, if any. */
  function showResultForJob() {
    var last = state.results[state.job];
    if (!last) { el.resultPanel.hidden = true; return; }
    renderResult(state.job, last.fileName, last.summary);
    el.resultStale.hidden = paramsKey(currentParams()) === last.key;
  }

  function buildWorkbook() {
    if (!state.file || state.building) { return; }
    var job = state.job;
    if (missingExtra(job)) { updateBuildState(); return; }
    if (job === 'aging' && !renderBucketPreview()) { el.buckets.focus(); return; }
    var params = currentParams();
    if (!params.asOf) { el.asOf.focus(); updateBuildState(); return; }
    var key = paramsKey(params);
    var spec = JOBS[job];

    state.building = true;
    el.build.classList.add('is-busy');
    el.build.textContent = 'Building\u2026';
    updateBuildState();
    single.clearError();
    single.setStatus(spec.building + state.file.name + '\u2026', true);

    var call = job === 'dunning' ? apiDunning(state.file, params, state.extras)
      : job === 'recon' ? apiRecon(state.file, params, state.extras)
      : job === 'cashapp' ? apiCashapp(state.file, params, state.extras)
      : apiAging(state.file, params);

    call.then(function (res) {
      state.results[job] = { blob: res.blob, fileName: res.fileName, summary: res.summary, key: key };
      triggerDownload(res.blob, res.fileName);
      if (state.job === job) { showResultForJob(); }
      single.setStatus(spec.noun + ' ' + res.fileName + ' downloaded.', false);
    }, function (err) {
      single.setStatus('', false);
      single.showError(err instanceof ApiError ? err : networkError());
    }).then(function () {
      state.building = false;
      el.build.classList.remove('is-busy');
      el.build.textContent = JOBS[state.job].buildLabel;
      updateBuildState();
    });
  }

  /* ------------------------------------------------------------------ */
  /* Job switch                                                         */
  /* ------------------------------------------------------------------ */

  function setJob(job) {
    if (!JOBS[job]) { job = 'aging'; }
    state.job = job;
    el.jobRadios.forEach(function (r) { r.checked = r.value === job; });
    /* Elements marked data-job="..." (a space-separated list of jobs) show only for those jobs. */
    Array.prototype.forEach.call(document.querySelectorAll('[data-job]'), function (node) {
      node.hidden = node.getAttribute('data-job').split(/\s+/).indexOf(job) < 0;
    });
    if (JOBS[job].asOfHelp) {
      el.asOf.setAttribute('aria-describedby', JOBS[job].asOfHelp);
    } else {
      el.asOf.removeAttribute('aria-describedby');
    }
    if (!state.building) { el.build.textContent = JOBS[job].buildLabel; }
    showResultForJob();
    updateBuildState();
  }

  /* ------------------------------------------------------------------ */
  /* Drop zone                                                          */
  /* ------------------------------------------------------------------ */

  function hasFiles(event) {
    var types = event.dataTransfer && event.dataTransfer.types;
    if (!types) { return false; }
    for (var i = 0; i < types.length; i++) { if (types[i] === 'Files') { return true; } }
    return false;
  }

  /** Drag-and-drop on a zone: highlight while files are over it, hand the dropped files (an array) to onFiles. */
  function acceptDrops(zone, onFiles) {
    var depth = 0;
    zone.addEventListener('dragenter', function (e) {
      if (!hasFiles(e)) { return; }
      e.preventDefault();
      depth++;
      zone.classList.add('is-dragover');
    });
    zone.addEventListener('dragover', function (e) {
      if (!hasFiles(e)) { return; }
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    });
    zone.addEventListener('dragleave', function () {
      depth = Math.max(0, depth - 1);
      if (depth === 0) { zone.classList.remove('is-dragover'); }
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      depth = 0;
      zone.classList.remove('is-dragover');
      var files = e.dataTransfer && e.dataTransfer.files;
      if (files && files.length) { onFiles(Array.prototype.slice.call(files)); }
    });
  }

  /** A zone with a file picker: drops, a click anywhere on the zone, the button
      (the keyboard path) and the hidden input all hand the files to onFiles. */
  function wirePicker(zone, input, button, onFiles) {
    acceptDrops(zone, onFiles);
    zone.addEventListener('click', function (e) {
      if (e.target === input || e.target.closest('button')) { return; }
      input.click();
    });
    button.addEventListener('click', function () { input.click(); });
    input.addEventListener('change', function () {
      var files = input.files;
      if (files && files.length) { onFiles(Array.prototype.slice.call(files)); }
      input.value = '';  // choosing the same file again still fires "change"
    });
  }

  /* Zones that hold one file take the first of several dropped or chosen. */
  function first(handler) {
    return function (files) { handler(files[0]); };
  }

  function wireDropZone() {
    wirePicker(el.dropZone, el.fileInput, el.chooseFile, first(handleFile));
  }

  /* ------------------------------------------------------------------ */
  /* Extra inputs: dunning (customer master, previous worklist, policy), */
  /* reconciliation (general ledger, register, prior period) and cash    */
  /* application (payments, customer master, tolerances)                 */
  /* ------------------------------------------------------------------ */

  function renderExtra(x) {
    var file = state.extras[x.key];
    var zone = x.zone;
    zone.classList.toggle('has-file', Boolean(file));
    zone.classList.toggle('is-missing', Boolean(x.required) && !file);
    x.fileLine.hidden = !file;
    x.remove.hidden = !file;
    x.choose.textContent = file ? 'Replace' : 'Choose file';
    x.name.textContent = file ? file.name : '';
    x.size.textContent = file ? '\u00b7 ' + formatBytes(file.size) : '';
    x.fileLine.title = file ? file.name : '';
  }

  function setExtra(x, file) {
    state.extras[x.key] = file || null;
    state.extrasVersion[x.job]++;
    renderExtra(x);
    updateBuildState();
  }

  function wireExtraZone(x) {
    wirePicker(x.zone, x.input, x.choose, first(function (file) { setExtra(x, file); }));
    x.remove.addEventListener('click', function () {
      setExtra(x, null);
      x.choose.focus();
    });
  }

  /* ------------------------------------------------------------------ */
  /* Month-end pack: any number of files, each recognised by content    */
  /* ------------------------------------------------------------------ */

  /* The role choices of a pack file. `value` is what the page sends in the
     roles JSON; `role` is the name /api/recognize answers with. */
  var PACK_ROLES = [
    { value: 'auto', label: 'Auto' },
    { value: 'open-items', label: 'Open items', role: 'OPEN_ITEMS' },
    { value: 'history', label: 'Invoice history', role: 'INVOICE_HISTORY' },
    { value: 'prior', label: 'Prior-period open items', role: 'PRIOR_OPEN_ITEMS' },
    { value: 'write-offs', label: 'Write-offs', role: 'WRITE_OFFS' },
    { value: 'gl', label: 'General ledger (GL)', role: 'GENERAL_LEDGER' },
    { value: 'payments', label: 'Payments', role: 'PAYMENTS' },
    { value: 'remittances', label: 'Remittance advice', role: 'REMITTANCE_ADVICE' },
    { value: 'customers', label: 'Customer master', role: 'CUSTOMER_MASTER' },
    { value: 'previous', label: 'Previous worklist', role: 'PREVIOUS_WORKLIST' }
  ];

  /* What the pack contains, by the roles of its files (as PackJob decides it). */
  /* The pack's table from file roles to sections: served by /api/health (jobs/PackSection), never kept here. */
  var PACK_SECTIONS = [];

  /* The headline KPIs of the summary, one table row each; the unit says how to show the value. */
  var KPI_ROWS = [
    ['endingAr', 'Ending AR', 'amount'],
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

  var pack = {
    entries: [],       // {file, role: a PACK_ROLES value, row, what, select, remove}, in the order added
    recognized: {},    // file name -> the last /api/recognize answer for it
    answer: null,      // the last /api/recognize answer for the current files and roles; null while pending
    seq: 0,            // guards against out-of-order recognize answers
    recognizing: false,
    building: false,
    version: 0,        // bumped on every change of files or roles (for "stale")
    note: '',          // said once in the next status line
    base: null,        // the mapping recognize was asked with (choices of uncertain columns)
    asOfTouched: false, // the user set the as-of date: no more proposals
    dataEnds: null,    // the latest document date of the open items
    result: null       // the last build: {blob, fileName, summary, key}
  };

  function packRoleOption(value) {
    return PACK_ROLES.filter(function (r) { return r.value === value; })[0] || PACK_ROLES[0];
  }

  /* The role a file will have: the one the user chose, else the recognised one (null while unknown). */
  function effectiveRole(entry) {
    var chosen = packRoleOption(entry.role).role;
    if (chosen) { return chosen; }
    var r = pack.recognized[entry.file.name];
    return r && isPresent(r.role) && r.role !== 'UNKNOWN' ? String(r.role) : null;
  }

  /* role -> the names of the files with that role */
  function filesByRole() {
    var out = {};
    pack.entries.forEach(function (entry) {
      var role = effectiveRole(entry);
      if (role) { (out[role] = out[role] || []).push(entry.file.name); }
    });
    return out;
  }

  function packParams() {
    return { asOf: el.packAsOf.value, glAccounts: normaliseAccounts(el.packGlAccounts.value),
      currency: el.packCurrency.value.trim().toUpperCase(), mapping: packMapping ? packMapping.spec() : null };
  }

  function packKey(p) {
    return [pack.version, p.asOf, p.glAccounts, JSON.stringify(p.mapping || null)].join('|');
  }

  /* The open-items entry of the pack (by its recognised or chosen role), or null. */
  function packOpenItems() {
    return pack.entries.filter(function (e) { return effectiveRole(e) === 'OPEN_ITEMS'; })[0] || null;
  }

  /* "2026-01-17" -> "2026-01-31" */
  function monthEndOf(iso) {
    var m = /^(\d{4})-(\d{2})-\d{2}$/.exec(String(iso || ''));
    if (!m) { return null; }
    return isoDate(new Date(Number(m[1]), Number(m[2]), 0));
  }

  function daysBetween(fromIso, toIso) {
    var a = Date.parse(fromIso + 'T00:00:00Z');
    var b = Date.parse(toIso + 'T00:00:00Z');
    return isFinite(a) && isFinite(b) ? Math.round((b - a) / 86400000) : 0;
  }

  /* Under the as-of date: where it came from, and a warning when the open items end long before it. */
  function renderPackAsOfNote() {
    var note = el.packAsOfNote;
    var asOf = el.packAsOf.value;
    var ends = pack.dataEnds;
    if (!ends || !asOf) { note.hidden = true; return; }
    var gap = daysBetween(ends, asOf);
    if (gap > 45) {
      var months = Math.round(gap / 30.4);
      note.textContent = 'The open items\u2019 latest document is dated ' + ends + ', ' +
        (months >= 2 ? months + ' months' : gap + ' days') + ' before the as-of date. Ages are counted to ' + asOf +
        ': is this the right export, and the right date?';
      note.className = 'help as-of-note is-warn';
    } else if (gap < 0) {
      note.textContent = 'Documents dated after ' + asOf + ' (up to ' + ends + ') are listed apart as future-dated.';
      note.className = 'help as-of-note is-warn';
    } else {
      note.textContent = 'The open items\u2019 latest document is dated ' + ends + '.';
      note.className = 'help as-of-note';
    }
    note.hidden = false;
  }

  function makePackRow(entry) {
    var tr = make('tr');
    var name = make('th', 'pack-name');
    name.scope = 'row';
    var size = make('td', 'num pack-size');
    var what = make('td', 'pack-what');

    var roleCell = make('td', 'pack-role');
    var select = make('select', 'role-select');
    PACK_ROLES.forEach(function (r) {
      var opt = make('option', null, r.label);
      opt.value = r.value;
      select.appendChild(opt);
    });
    select.value = entry.role;
    select.addEventListener('change', function () {
      entry.role = select.value;
      packChanged();
    });
    roleCell.appendChild(select);

    var removeCell = make('td', 'pack-remove');
    var remove = make('button', 'btn btn-link btn-remove', 'Remove');
    remove.type = 'button';
    remove.addEventListener('click', function () { removePackFile(entry); });
    removeCell.appendChild(remove);

    [name, size, what, roleCell, removeCell].forEach(function (td) { tr.appendChild(td); });
    entry.row = tr;
    entry.nameCell = name;
    entry.sizeCell = size;
    entry.what = what;
    entry.select = select;
    entry.remove = remove;
    entry.shown = null;
    renderPackRowFile(entry);
  }

  function renderPackRowFile(entry) {
    entry.nameCell.textContent = entry.file.name;
    entry.sizeCell.textContent = formatBytes(entry.file.size);
    entry.select.setAttribute('aria-label', 'Role of ' + entry.file.name);
    entry.remove.setAttribute('aria-label', 'Remove ' + entry.file.name);
  }

  /* "Recognised as": the role, the description and, folded, how it was recognised.
     Left alone when unchanged so an opened "how" stays open. */
  function renderPackWhat(entry) {
    var r = pack.recognized[entry.file.name] || null;
    var shown = r ? JSON.stringify([r.role, r.roleLabel, r.description, r.how]) : '';
    if (entry.shown === shown) { return; }
    entry.shown = shown;
    clear(entry.what);
    entry.row.classList.toggle('is-unknown', Boolean(r) && r.role === 'UNKNOWN');
    if (!r) {
      entry.what.appendChild(make('span', 'muted', 'Recognising\u2026'));
      return;
    }
    entry.what.appendChild(make('p', 'pack-role-label', isPresent(r.roleLabel) ? r.roleLabel : r.role));
    if (isPresent(r.description)) { entry.what.appendChild(make('p', 'pack-desc', r.description)); }
    if (isPresent(r.how)) {
      var details = make('details', 'pack-how');
      details.appendChild(make('summary', null, 'How it was recognised'));
      details.appendChild(make('p', null, r.how));
      entry.what.appendChild(details);
    }
  }

  function addPackFiles(files) {
    var replaced = [];
    files.forEach(function (file) {
      /* Roles travel by file name, so a second file of the same name replaces the first. */
      var same = pack.entries.filter(function (e) { return e.file.name === file.name; })[0];
      if (same) {
        same.file = file;
        delete pack.recognized[file.name];
        renderPackRowFile(same);
        replaced.push(file.name);
        return;
      }
      var entry = { file: file, role: 'auto' };
      makePackRow(entry);
      pack.entries.push(entry);
      el.packRows.appendChild(entry.row);
    });
    pack.note = replaced.length ? 'Replaced ' + joinWords(replaced) + ' with the file just added.' : '';
    packChanged();
  }

  function removePackFile(entry) {
    var i = pack.entries.indexOf(entry);
    if (i < 0) { return; }
    pack.entries.splice(i, 1);
    delete pack.recognized[entry.file.name];
    el.packRows.removeChild(entry.row);
    /* Keep the keyboard where it was: the next row's Remove, else the previous, else the picker. */
    var next = pack.entries[i] || pack.entries[i - 1];
    (next ? next.remove : el.packChoose).focus();
    pack.note = 'Removed ' + entry.file.name + '.';
    packChanged();
  }

  function packChanged() {
    pack.version++;
    if (!pack.entries.length) { pack.base = null; }
    runRecognize();
  }

  function runRecognize() {
    var seq = ++pack.seq;
    pack.answer = null;
    packUi.clearError();
    if (!pack.entries.length) {
      pack.recognizing = false;
      pack.recognized = {};
      packUi.setStatus(pack.note, false);
      pack.note = '';
      renderPack();
      return;
    }
    var count = pack.entries.length;
    pack.recognizing = true;
    packUi.setStatus('Recognising ' + count + (count === 1 ? ' file' : ' files') + '\u2026', true);
    renderPack();

    var base = pack.base;
    apiRecognize(pack.entries, base).then(function (data) {
      if (seq !== pack.seq) { return; }
      pack.recognizing = false;
      pack.answer = data && typeof data === 'object' ? data : {};
      pack.recognized = {};
      (Array.isArray(pack.answer.files) ? pack.answer.files : []).forEach(function (f) {
        if (f && isPresent(f.name)) { pack.recognized[String(f.name)] = f; }
      });
      var open = packOpenItems();
      var info = open ? pack.recognized[open.file.name] : null;
      if (info && (Array.isArray(info.columns) || Array.isArray(info.uncertain))) {
        packMapping.show(info, base);
      } else {
        packMapping.hide();
      }
      pack.dataEnds = isPresent(pack.answer.dataEnds) ? String(pack.answer.dataEnds) : null;
      if (pack.dataEnds && !pack.asOfTouched) {
        /* Propose the month end of the open items' own dates, not today's: an old export is aged at its date. */
        var proposed = monthEndOf(pack.dataEnds);
        if (proposed && proposed < el.packAsOf.value) { el.packAsOf.value = proposed; }
      }
      var text = (pack.note ? pack.note + ' ' : '') + 'Recognised ' + count + (count === 1 ? ' file' : ' files') +
        (pack.answer.canBuild ? '.' : '; the pack cannot be built yet.');
      pack.note = '';
      packUi.setStatus(text, false);
      renderPack();
    }, function (err) {
      if (seq !== pack.seq) { return; }
      pack.recognizing = false;
      pack.note = '';
      packUi.setStatus('', false);
      packUi.showError(err instanceof ApiError ? err : networkError());
      renderPack();
    });
  }

  /* Sections the files allow, with the file each comes from or what to add for it. */
  function renderPackSections(roles) {
    clear(el.packSections);
    PACK_SECTIONS.forEach(function (section) {
      var from = [];
      section.needs.forEach(function (role) { from = from.concat(roles[role] || []); });
      if (from.length && section.uses) {
        section.uses.forEach(function (role) { from = from.concat(roles[role] || []); });
      }
      /* Dashboard and Aging come with every pack, and every pack needs the open items. */
      var on = from.length > 0;
      var li = make('li', on ? 'is-on' : 'is-off');
      li.appendChild(make('span', 'visually-hidden', on ? 'Included: ' : 'Not included: '));
      li.appendChild(make('span', 'section-name', section.name));
      var note = from.length ? 'from ' + joinWords(from) : section.add;
      li.appendChild(make('span', 'section-from', note));
      el.packSections.appendChild(li);
    });
  }

  /* Files the chosen roles make useless, said before the build refuses or ignores them. */
  function renderPackNotes(roles) {
    var notes = [];
    if (!roles.INVOICE_HISTORY) {
      (roles.WRITE_OFFS || []).concat(roles.PRIOR_OPEN_ITEMS || []).forEach(function (name) {
        notes.push(name + ' is used only by the KPIs, which need an invoice history too.');
      });
    }
    if (!roles.PAYMENTS) {
      (roles.REMITTANCE_ADVICE || []).forEach(function (name) {
        notes.push(name + ' is used only by the cash application, which needs payments; without them it is ignored.');
      });
    }
    clear(el.packNotes);
    notes.forEach(function (n) { el.packNotes.appendChild(make('li', null, n)); });
    el.packNotes.hidden = !notes.length;
  }

  function renderPack() {
    var any = pack.entries.length > 0;
    el.packDropZone.classList.toggle('has-files', any);
    el.packDropTitle.textContent = any ? 'Drop more exports here' : 'Drop this month\u2019s exports here';
    el.packChoose.textContent = any ? 'Add files' : 'Choose files';
    el.packFiles.hidden = !any;

    var roles = filesByRole();
    pack.entries.forEach(function (entry) {
      renderPackWhat(entry);
      /* Two files for one role: both rows are marked, the problem line says which. */
      var role = effectiveRole(entry);
      var clash = Boolean(role) && roles[role].length > 1;
      var unknown = !role && Boolean(pack.recognized[entry.file.name]);
      entry.row.classList.toggle('is-conflict', clash);
      entry.select.setAttribute('aria-invalid', clash || unknown ? 'true' : 'false');
    });

    var problem = pack.answer && !pack.answer.canBuild
      ? (isPresent(pack.answer.problem) ? String(pack.answer.problem) : 'These files cannot be combined into a pack.')
      : '';
    el.packProblemText.textContent = problem;
    el.packProblem.hidden = !problem;

    el.packGlField.hidden = !roles.GENERAL_LEDGER;
    renderPackSections(roles);
    renderPackNotes(roles);
    updatePackBuild();
  }

  function updatePackBuild() {
    var p = packParams();
    var hint = '';
    if (!pack.entries.length) { hint = 'Add the exports first.'; }
    else if (pack.recognizing) { hint = 'Recognising the files\u2026'; }
    else if (!pack.answer) { hint = 'The files could not be recognised.'; }
    else if (packMapping.blocking()) { hint = packMapping.blocking(); }
    else if (!pack.answer.canBuild) { hint = 'Resolve the problem with the files first.'; }
    else if (!p.asOf) { hint = 'Enter an as-of date.'; }
    el.packBuild.disabled = Boolean(hint) || pack.building;
    el.packBuildHint.textContent = hint;
    el.packBuildHint.hidden = !hint;
    el.packAsOf.setAttribute('aria-invalid', p.asOf ? 'false' : 'true');
    renderPackAsOfNote();
    if (pack.result && !el.packResult.hidden) {
      el.packResultStale.hidden = packKey(p) === pack.result.key;
    }
  }

  function formatKpi(value, unit) {
    if (!isPresent(value)) { return '\u2014'; }
    if (unit === 'percent') { return formatAmount(value) + '\u00a0%'; }
    return formatAmount(value);
  }

  /* One column per currency, one row per KPI: fits the narrow column for one or a few currencies. */
  function renderKpiTable(kpis) {
    var list = (Array.isArray(kpis) ? kpis : []).filter(function (k) { return k && typeof k === 'object'; });
    var table = el.packKpis;
    var head = table.tHead.rows[0];
    while (head.cells.length > 1) { head.removeChild(head.cells[1]); }
    var tbody = table.tBodies[0];
    clear(tbody);
    table.hidden = !list.length;
    if (!list.length) { return; }
    list.forEach(function (k) {
      var th = make('th', 'num', isPresent(k.currency) ? k.currency : (list.length === 1 ? 'Value' : '(none)'));
      th.scope = 'col';
      head.appendChild(th);
    });
    KPI_ROWS.forEach(function (row) {
      var tr = make('tr');
      var th = make('th', null, row[1]);
      th.scope = 'row';
      if (row[3]) { th.title = row[3]; }
      tr.appendChild(th);
      list.forEach(function (k) {
        var td = make('td', 'num', formatKpi(k[row[0]], row[2]));
        if (row[0] === 'backTestError' && !isPresent(k[row[0]])) { td.title = 'Not enough history for a back-test'; }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
  }

  function renderPackResult() {
    var last = pack.result;
    if (!last) { el.packResult.hidden = true; return; }
    var s = last.summary || {};
    el.packResultFile.textContent = last.fileName;
    renderChecks(s.checks, 'Month-end pack', el.packChecks, el.packResult, el.packResultTitle);

    clear(el.packResultSections);
    (Array.isArray(s.sections) ? s.sections : []).filter(isPresent).forEach(function (name) {
      el.packResultSections.appendChild(make('li', 'pill', name));
    });
    el.packResultSections.hidden = !el.packResultSections.firstChild;
    el.packResultSectionsTitle.hidden = el.packResultSections.hidden;

    var kpis = Array.isArray(s.kpis) ? s.kpis : [];
    fillRows(el.packResultRows, [
      ['Files', Array.isArray(s.files) ? s.files.length : null, true],
      ['Rows read', s.rowsRead, true],
      ['Rows aged', s.rowsAged, true],
      ['Rows rejected', s.rowsRejected, true],
      ['KPIs', kpis.length ? null : 'None \u2014 no invoice history', false]
    ]);
    renderKpiTable(kpis);
    el.packResultStale.hidden = last.key === packKey(packParams());
    el.packResult.hidden = false;
  }

  function buildPack() {
    if (el.packBuild.disabled || pack.building) { return; }
    var params = packParams();
    var key = packKey(params);
    var count = pack.entries.length;

    pack.building = true;
    el.packBuild.classList.add('is-busy');
    el.packBuild.textContent = 'Building\u2026';
    updatePackBuild();
    packUi.clearError();
    packUi.setStatus('Building the month-end pack from ' + count + (count === 1 ? ' file' : ' files') + '\u2026', true);

    apiPack(pack.entries, params).then(function (res) {
      pack.result = { blob: res.blob, fileName: res.fileName, summary: res.summary, key: key };
      triggerDownload(res.blob, res.fileName);
      renderPackResult();
      packUi.setStatus('Month-end pack ' + res.fileName + ' downloaded.', false);
    }, function (err) {
      packUi.setStatus('', false);
      packUi.showError(err instanceof ApiError ? err : networkError());
    }).then(function () {
      pack.building = false;
      el.packBuild.classList.remove('is-busy');
      el.packBuild.textContent = 'Build month-end pack';
      updatePackBuild();
    });
  }

  function wirePack() {
    wirePicker(el.packDropZone, el.packInput, el.packChoose, addPackFiles);
    el.packAsOf.value = lastMonthEndIso();
    el.packAsOf.addEventListener('input', function () { pack.asOfTouched = true; updatePackBuild(); });
    el.packAsOf.addEventListener('change', function () { pack.asOfTouched = true; updatePackBuild(); });
    el.packGlAccounts.addEventListener('input', updatePackBuild);
    el.packForm.addEventListener('submit', function (e) {
      e.preventDefault();
      buildPack();
    });
    el.packBuild.addEventListener('click', buildPack);
    el.packDownloadAgain.addEventListener('click', function () {
      if (pack.result) { triggerDownload(pack.result.blob, pack.result.fileName); }
    });
    renderPack();
  }

  /* ------------------------------------------------------------------ */
  /* Start                                                              */
  /* ------------------------------------------------------------------ */

  function init() {
    [
      ['dropZone', 'drop-zone'], ['fileInput', 'file-input'], ['chooseFile', 'choose-file'],
      ['currentFile', 'current-file'], ['inspectPanel', 'inspect-panel'], ['inspectFile', 'inspect-file'],
      ['inspectBody', 'inspect-body'], ['asOf', 'as-of'], ['basis', 'basis'], ['buckets', 'buckets'],
      ['bucketPreview', 'bucket-preview'], ['bucketsError', 'buckets-error'], ['profile', 'profile'],
      ['build', 'build'], ['buildHint', 'build-hint'], ['resultPanel', 'result-panel'],
      ['resultTitle', 'result-title'], ['resultFile', 'result-file'], ['checksStatus', 'checks-status'],
      ['resultRows', 'result-rows'], ['resultTotals', 'result-totals'], ['resultStale', 'result-stale'],
      ['downloadAgain', 'download-again'], ['paramsForm', 'params-form'], ['version', 'version'],
      ['buildNote', 'build-note'], ['resultHeadline', 'result-headline'],
      ['resultCustomers', 'result-customers'], ['resultCustomersLabel', 'result-customers-label'],
      ['resultOverdue', 'result-overdue'], ['resultLevels', 'result-levels'],
      ['resultRecon', 'result-recon'], ['resultReconNote', 'result-recon-note'], ['glAccounts', 'gl-accounts'],
      ['resultCash', 'result-cash'], ['resultCashNote', 'result-cash-note'],
      ['packDropZone', 'pack-drop-zone'], ['packDropTitle', 'pack-drop-title'], ['packInput', 'pack-input'],
      ['packChoose', 'pack-choose'], ['packFiles', 'pack-files'], ['packRows', 'pack-rows'],
      ['packProblem', 'pack-problem'], ['packProblemText', 'pack-problem-text'], ['packForm', 'pack-form'],
      ['packAsOf', 'pack-as-of'], ['packCurrency', 'pack-currency'], ['currency', 'currency'], ['packGlField', 'pack-gl-field'], ['packGlAccounts', 'pack-gl-accounts'],
      ['packSections', 'pack-sections'], ['packNotes', 'pack-notes'], ['packBuild', 'pack-build'],
      ['packBuildHint', 'pack-build-hint'], ['packResult', 'pack-result'], ['packResultTitle', 'pack-result-title'],
      ['packResultFile', 'pack-result-file'], ['packChecks', 'pack-checks'],
      ['packResultSectionsTitle', 'pack-result-sections-title'], ['packResultSections', 'pack-result-sections'],
      ['packResultRows', 'pack-result-rows'], ['packKpis', 'pack-kpis'], ['packResultStale', 'pack-result-stale'],
      ['packDownloadAgain', 'pack-download-again'], ['mapping', 'mapping'], ['packMappingBox', 'pack-mapping'],
      ['packAsOfNote', 'pack-as-of-note']
    ].forEach(function (pair) { el[pair[0]] = $(pair[1]); });
    single = feedback('');
    packUi = feedback('pack-');
    singleMapping = mappingEditor(el.mapping, {
      prefix: '',
      fileName: function () { return state.file ? state.file.name : ''; },
      onChange: function () {
        var picked = singleMapping.picked();
        if (picked) { state.inspectBase = picked; runInspect(); return; }
        updateBuildState();
      },
      onSave: function (name, spec) { return apiSaveMapping(state.file, name, spec); }
    });
    packMapping = mappingEditor(el.packMappingBox, {
      prefix: 'pack-',
      fileName: function () { var e = packOpenItems(); return e ? e.file.name : ''; },
      onChange: function () {
        var picked = packMapping.picked();
        if (picked) { pack.base = picked; packChanged(); return; }
        updatePackBuild();
      },
      onSave: function (name, spec) {
        var e = packOpenItems();
        return e ? apiSaveMapping(e.file, name, spec) : Promise.reject(new ApiError('No open items', '', 0));
      }
    });
    el.jobRadios = Array.prototype.slice.call(document.querySelectorAll('input[name="job"]'));

    EXTRAS.forEach(function (x) {
      x.zone = $(x.key + '-zone');
      x.input = $(x.key + '-input');
      x.choose = $(x.key + '-choose');
      x.remove = $(x.key + '-remove');
      x.fileLine = x.zone.querySelector('.mini-file');
      x.name = x.zone.querySelector('.mini-name');
      x.size = x.zone.querySelector('.mini-size');
      wireExtraZone(x);
      renderExtra(x);
    });

    el.asOf.value = todayLocalIso();
    if (!el.buckets.value) { el.buckets.value = DEFAULT_BUCKETS; }
    renderBucketPreview();

    /* A file dropped beside a zone must not make the browser navigate away from the page. */
    window.addEventListener('dragover', function (e) { if (hasFiles(e)) { e.preventDefault(); } });
    window.addEventListener('drop', function (e) { if (hasFiles(e)) { e.preventDefault(); } });
    wireDropZone();
    wirePack();

    el.buckets.addEventListener('input', function () { renderBucketPreview(); updateBuildState(); });
    el.asOf.addEventListener('input', updateBuildState);
    el.asOf.addEventListener('change', updateBuildState);
    el.basis.addEventListener('change', updateBuildState);
    el.glAccounts.addEventListener('input', updateBuildState);
    el.profile.addEventListener('change', function () {
      updateBuildState();
      if (state.file) { runInspect(); }
    });
    el.paramsForm.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!el.build.disabled) { buildWorkbook(); }
    });
    el.build.addEventListener('click', buildWorkbook);
    el.downloadAgain.addEventListener('click', function () {
      var last = state.results[state.job];
      if (last) { triggerDownload(last.blob, last.fileName || JOBS[state.job].fallbackName); }
    });
    el.jobRadios.forEach(function (r) {
      r.addEventListener('change', function () { if (r.checked) { setJob(r.value); } });
    });

    var checked = el.jobRadios.filter(function (r) { return r.checked; })[0];
    setJob(checked ? checked.value : 'aging');
    loadHealth();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
