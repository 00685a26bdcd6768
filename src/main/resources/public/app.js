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

  function todayLocalIso() {
    var d = new Date();
    var mm = String(d.getMonth() + 1).padStart(2, '0');
    var dd = String(d.getDate()).padStart(2, '0');
    return d.getFullYear() + '-' + mm + '-' + dd;
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

  var FALLBACKS = { dunning: DUNNING_FALLBACK, recon: RECON_FALLBACK, cashapp: CASHAPP_FALLBACK };

  function ApiError(title, detail, status) {
    this.title = title;
    this.detail = detail;
    this.status = status;
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
          response.status);
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

  function apiInspect(file, profile) {
    var form = new FormData();
    form.append('file', file, file.name);
    if (profile) { form.append('profile', profile); }
    return request('/api/inspect', { method: 'POST', body: form, headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); });
  }

  /* POST the job's form; the answer is the .xlsx, with a JSON summary header. */
  function apiBuild(job, form) {
    var spec = JOBS[job];
    return request(spec.endpoint, { method: 'POST', body: form },
      FALLBACKS[job] || null).then(function (r) {
      return r.blob().then(function (blob) {
        return {
          blob: blob,
          fileName: filenameFromDisposition(r.headers.get('Content-Disposition')) || spec.fallbackName,
          summary: parseSummary(r.headers.get('X-Arw-Summary'))
        };
      }, function () { throw networkError(); });
    });
  }

  function apiAging(file, params) {
    var form = new FormData();
    form.append('file', file, file.name);
    form.append('asOf', params.asOf);
    form.append('basis', params.basis);
    form.append('buckets', params.buckets);
    if (params.profile) { form.append('profile', params.profile); }
    return apiBuild('aging', form);
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
    if (params.profile) { form.append('profile', params.profile); }
    return apiBuild('dunning', form);
  }

  function apiCashapp(file, params, extras) {
    var form = new FormData();
    form.append('file', file, file.name);
    appendExtras(form, 'cashapp', extras);
    form.append('asOf', params.asOf);
    if (params.profile) { form.append('profile', params.profile); }
    return apiBuild('cashapp', form);
  }

  function apiRecon(file, params, extras) {
    var form = new FormData();
    form.append('file', file, file.name);
    appendExtras(form, 'recon', extras);
    form.append('asOf', params.asOf);
    if (params.glAccounts) { form.append('glAccounts', params.glAccounts); }
    if (params.profile) { form.append('profile', params.profile); }
    return apiBuild('recon', form);
  }

  /* ------------------------------------------------------------------ */
  /* Status, errors                                                     */
  /* ------------------------------------------------------------------ */

  function setStatus(text, busy) {
    el.statusText.textContent = text || '';
    el.statusSpinner.hidden = !busy;
    el.status.classList.toggle('is-active', Boolean(text) || Boolean(busy));
  }

  function showError(err) {
    el.errorTitle.textContent = err.title || 'Something went wrong';
    el.errorDetail.textContent = err.detail || '';
    el.error.hidden = false;
    var rect = el.error.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      el.error.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }

  function clearError() {
    el.error.hidden = true;
    el.errorTitle.textContent = '';
    el.errorDetail.textContent = '';
  }

  /* ------------------------------------------------------------------ */
  /* Health                                                             */
  /* ------------------------------------------------------------------ */

  function renderHealth(health) {
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
      showError(err);
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
    state.results = nullsFor(Object.keys(JOBS));
    el.resultPanel.hidden = true;
    el.inspectPanel.hidden = true;
    clearError();
    renderCurrentFile();
    updateBuildState();
    runInspect();
  }

  function runInspect() {
    if (!state.file) { return; }
    var seq = ++state.inspectSeq;
    var file = state.file;
    state.inspecting = true;
    clearError();
    setStatus('Reading ' + file.name + '\u2026', true);
    updateBuildState();

    apiInspect(file, el.profile.value).then(function (data) {
      if (seq !== state.inspectSeq) { return; }
      state.inspecting = false;
      renderInspect(data || {});
      var summary = 'Read ' + file.name;
      if (data && isPresent(data.dataRows)) { summary += ': ' + formatCount(data.dataRows) + ' data rows'; }
      if (data && data.profile && isPresent(data.profile.name)) { summary += ', ' + data.profile.name; }
      setStatus(summary + '.', false);
      updateBuildState();
    }, function (err) {
      if (seq !== state.inspectSeq) { return; }
      state.inspecting = false;
      el.inspectPanel.hidden = true;
      setStatus('', false);
      showError(err instanceof ApiError ? err : networkError());
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
    if (columns.length || unmapped.length) {
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
      profile: el.profile.value
    };
  }

  /* What the current result was built from; a different key marks it stale. */
  function paramsKey(p) {
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

  function fillRows(rows) {
    clear(el.resultRows);
    rows.forEach(function (r) {
      if (isPresent(r[1])) { addFact(el.resultRows, r[0], r[2] ? formatCount(r[1]) : r[1]); }
    });
    el.resultRows.hidden = !el.resultRows.firstChild;
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
    fillRows([
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

    fillRows([
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
    fillRows([
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

    fillRows([
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

  function renderResult(job, fileName, summary) {
    var s = summary || {};
    var noun = JOBS[job].noun;
    el.resultFile.textContent = fileName;

    var checks = isPresent(s.checks) ? String(s.checks) : 'Not reported';
    var ok = /^ALL CHECKS OK/.test(checks);
    el.checksStatus.textContent = checks;
    el.checksStatus.className = 'badge ' + (ok ? 'is-ok' : 'is-warn');
    el.resultPanel.classList.toggle('is-warn', !ok);
    el.resultTitle.textContent = ok ? noun + ' downloaded' : noun + ' downloaded \u2014 review the Checks sheet';

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
    clearError();
    setStatus(spec.building + state.file.name + '\u2026', true);

    var call = job === 'dunning' ? apiDunning(state.file, params, state.extras)
      : job === 'recon' ? apiRecon(state.file, params, state.extras)
      : job === 'cashapp' ? apiCashapp(state.file, params, state.extras)
      : apiAging(state.file, params);

    call.then(function (res) {
      state.results[job] = { blob: res.blob, fileName: res.fileName, summary: res.summary, key: key };
      triggerDownload(res.blob, res.fileName);
      if (state.job === job) { showResultForJob(); }
      setStatus(spec.noun + ' ' + res.fileName + ' downloaded.', false);
    }, function (err) {
      setStatus('', false);
      showError(err instanceof ApiError ? err : networkError());
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

  /** Drag-and-drop on a zone: highlight while a file is over it, hand the first dropped file to onFile. */
  function acceptDrops(zone, onFile) {
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
      if (files && files.length) { onFile(files[0]); }
    });
  }

  function wireDropZone() {
    var zone = el.dropZone;
    acceptDrops(zone, handleFile);

    /* A file dropped next to the zone must not make the browser navigate away. */
    window.addEventListener('dragover', function (e) { if (hasFiles(e)) { e.preventDefault(); } });
    window.addEventListener('drop', function (e) { if (hasFiles(e)) { e.preventDefault(); } });

    /* Clicking anywhere on the zone opens the picker; the button is the keyboard path. */
    zone.addEventListener('click', function (e) {
      if (e.target === el.fileInput || e.target.closest('button')) { return; }
      el.fileInput.click();
    });
    el.chooseFile.addEventListener('click', function () { el.fileInput.click(); });
    el.fileInput.addEventListener('change', function () {
      var files = el.fileInput.files;
      if (files && files.length) { handleFile(files[0]); }
      el.fileInput.value = '';  // choosing the same file again still fires "change"
    });
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
    var zone = x.zone;
    acceptDrops(zone, function (file) { setExtra(x, file); });

    zone.addEventListener('click', function (e) {
      if (e.target === x.input || e.target.closest('button')) { return; }
      x.input.click();
    });
    x.choose.addEventListener('click', function () { x.input.click(); });
    x.remove.addEventListener('click', function () {
      setExtra(x, null);
      x.choose.focus();
    });
    x.input.addEventListener('change', function () {
      var files = x.input.files;
      if (files && files.length) { setExtra(x, files[0]); }
      x.input.value = '';
    });
  }

  /* ------------------------------------------------------------------ */
  /* Start                                                              */
  /* ------------------------------------------------------------------ */

  function init() {
    [
      ['dropZone', 'drop-zone'], ['fileInput', 'file-input'], ['chooseFile', 'choose-file'],
      ['currentFile', 'current-file'], ['status', 'status'], ['statusText', 'status-text'],
      ['statusSpinner', 'status-spinner'], ['error', 'error'], ['errorTitle', 'error-title'],
      ['errorDetail', 'error-detail'], ['inspectPanel', 'inspect-panel'], ['inspectFile', 'inspect-file'],
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
      ['resultCash', 'result-cash'], ['resultCashNote', 'result-cash-note']
    ].forEach(function (pair) { el[pair[0]] = $(pair[1]); });
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

    wireDropZone();

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
