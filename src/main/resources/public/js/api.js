/*
 * The HTTP API client: every call the page makes, and the errors it turns non-2xx answers into.
 * The same API as any other client (docs/api.md).
 */
import { isPresent } from './dom.js';
import { JOBS, PACK, OPEN_ITEMS, PACK_FILES, extrasOf } from './jobs.js';

const STATUS_FALLBACK = {
  400: ['Invalid parameter', 'One of the parameters was not accepted.'],
  413: ['File too large', 'The export is larger than this service accepts.'],
  415: ['Not a supported file', 'This does not look like a CSV, TXT, XLSX, XLS, HTML or XML export.'],
  422: ['File understood but unusable', 'The file was read, but no usable open items were found in it.'],
  500: ['Something went wrong', 'The service hit an unexpected problem while working on this file.']
};

/** A refused call: title and detail to show, the HTTP status (0: no answer), the JSON body when there was one. */
export class ApiError extends Error {
  constructor(title, detail, status, body = null) {
    super(title);
    this.title = title;
    this.detail = detail;
    this.status = status;
    this.body = body;
  }
}

const networkError = () => new ApiError('Could not reach AR Workbench',
  'The local service did not answer. Check that it is still running, then try again.', 0);

/** What a failed call shows: its ApiError, or for anything else (no answer, an unreadable one) the network error. */
export const asApiError = (err) => (err instanceof ApiError ? err : networkError());

/**
 * A non-2xx answer as an ApiError, from its {"error","detail"} body or the status's fallback (overrides first).
 * readText() gives the body as text (a fetch Response's, or an XMLHttpRequest's blob).
 */
async function errorOf(status, statusText, readText, overrides) {
  const fallback = overrides?.[status] ?? STATUS_FALLBACK[status]
    ?? [`Request failed (${status})`, statusText || ''];
  let body = null;
  try { body = JSON.parse(await readText()); } catch { body = null; }
  if (body && typeof body === 'object') {
    return new ApiError(
      isPresent(body.error) ? String(body.error) : fallback[0],
      isPresent(body.detail) ? String(body.detail) : (isPresent(body.error) ? '' : fallback[1]),
      status, body);
  }
  return new ApiError(fallback[0], fallback[1], status);
}

const readError = (response, overrides) =>
  errorOf(response.status, response.statusText, () => response.text(), overrides);

async function request(url, options, overrides) {
  let response;
  try {
    response = await fetch(url, options);
  } catch {
    throw networkError();
  }
  if (!response.ok) { throw await readError(response, overrides); }
  return response;
}

const ACCEPT_JSON = { Accept: 'application/json' };

async function postForJson(url, form, overrides) {
  const response = await request(url, { method: 'POST', body: form, headers: ACCEPT_JSON }, overrides);
  return response.json();
}

/**
 * POSTs a form whose answer is an .xlsx (or a zip) with a JSON summary header: every job and the pack. Through
 * XMLHttpRequest, which (unlike fetch) reports the upload's progress. onProgress, when given, is called with
 * {stage: 'upload', percent} while the files go up, then {stage: 'server'} once they are up and
 * {stage: 'server', phase, rows, seconds} from the server's progress of the run, until the answer arrives.
 */
function postWorkbook(endpoint, form, fallbackName, overrides, onProgress) {
  const report = typeof onProgress === 'function' ? onProgress : () => {};
  const runId = newRunId();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let poller = null;
    const stopPolling = () => {
      if (poller) { poller.stop(); poller = null; }
    };
    const fail = (err) => {
      stopPolling();
      reject(err);
    };
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable && e.total > 0) {
        report({ stage: 'upload', percent: Math.min(100, Math.floor((e.loaded / e.total) * 100)) });
      }
    });
    xhr.upload.addEventListener('load', () => {
      if (xhr.readyState === XMLHttpRequest.DONE) { return; }  // answered already (a refusal before the upload ended)
      report({ stage: 'server' });
      poller = pollProgress(runId, report);
    });
    xhr.addEventListener('load', async () => {
      stopPolling();
      if (xhr.status < 200 || xhr.status >= 300) {
        const blob = xhr.response;
        fail(await errorOf(xhr.status, xhr.statusText, () => (blob ? blob.text() : ''), overrides));
        return;
      }
      resolve({
        blob: xhr.response,
        fileName: filenameFromDisposition(xhr.getResponseHeader('Content-Disposition')) || fallbackName,
        summary: parseSummary(xhr.getResponseHeader('X-Arw-Summary'))
      });
    });
    for (const type of ['error', 'abort', 'timeout']) {
      xhr.addEventListener(type, () => fail(networkError()));
    }
    try {
      xhr.open('POST', endpoint);
      xhr.responseType = 'blob';
      xhr.setRequestHeader(RUN_HEADER, runId);
      xhr.send(form);
    } catch {
      fail(networkError());
    }
  });
}

/* ------------------------------------------------------------------ */
/* Following a run: GET /api/progress/{id}                            */
/* ------------------------------------------------------------------ */

const RUN_HEADER = 'X-Arw-Run';
const POLL_MS = 400;

/* A run id the server accepts (8-64 of A-Z a-z 0-9 -). getRandomValues, unlike randomUUID, works off localhost too. */
function newRunId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Asks the server how the run is doing every POLL_MS, one request at a time, and reports each answer; stops on
 * stop() or when the server says the run is done. A poll that fails (not known yet, no answer) is skipped: the
 * job's own answer decides how the build ends.
 */
function pollProgress(runId, report) {
  let stopped = false;
  let timer = null;
  const url = `/api/progress/${encodeURIComponent(runId)}`;
  const tick = async () => {
    timer = null;
    let next = true;
    try {
      const response = await fetch(url, { headers: ACCEPT_JSON, cache: 'no-store' });
      if (response.ok) {
        const p = await response.json();
        if (!stopped && p && typeof p === 'object') {
          report({ stage: 'server', phase: String(p.phase ?? ''), rows: Number(p.rows) || 0,
            seconds: Number(p.seconds) || 0 });
          next = !p.done;
        }
      }
    } catch { /* skipped: the next poll may answer */ }
    if (!stopped && next) { timer = setTimeout(tick, POLL_MS); }
  };
  timer = setTimeout(tick, POLL_MS);
  return {
    stop() {
      stopped = true;
      if (timer !== null) { clearTimeout(timer); timer = null; }
    }
  };
}

/* ------------------------------------------------------------------ */
/* The calls                                                          */
/* ------------------------------------------------------------------ */

export async function health() {
  const response = await request('/api/health', { headers: ACCEPT_JSON });
  return response.json();
}

export function inspect(file, profile, mapping) {
  const form = new FormData();
  form.append(OPEN_ITEMS.field, file, file.name);
  if (profile) { form.append('profile', profile); }
  if (mapping) { form.append('mapping', JSON.stringify(mapping)); }
  return postForJson('/api/inspect', form);
}

/** Saves the user's column choices under a name, keyed by the header of the file. */
export function saveMapping(file, name, mapping) {
  const form = new FormData();
  form.append(OPEN_ITEMS.field, file, file.name);
  form.append('name', name);
  form.append('mapping', JSON.stringify(mapping));
  return postForJson('/api/mappings', form);
}

/**
 * Builds a single job's workbook: the open items, the as-of date, the job's own parameters, its further
 * files (each under its zone's field) and how the open items are read.
 */
export function buildJob(job, file, params, extras, onProgress) {
  const spec = JOBS[job];
  const form = new FormData();
  form.append(OPEN_ITEMS.field, file, file.name);
  form.append('asOf', params.asOf);
  for (const name of spec.params) {
    if (params[name]) { form.append(name, params[name]); }
  }
  for (const zone of extrasOf(job)) {
    const f = extras[zone.key];
    if (f) { form.append(zone.field, f, f.name); }
  }
  appendReading(form, params);
  return postWorkbook(spec.endpoint, form, spec.fallbackName, spec.errors, onProgress);
}

/** How the open items are read: a forced profile, the user's column choices, the base currency. */
function appendReading(form, params) {
  if (params.profile) { form.append('profile', params.profile); }
  if (params.mapping) { form.append('mapping', JSON.stringify(params.mapping)); }
  if (params.currency) { form.append('currency', params.currency); }
}

/** The pack's files all go in one field; role overrides as JSON by file name. */
function packForm(entries, mapping) {
  const form = new FormData();
  if (mapping) { form.append('mapping', JSON.stringify(mapping)); }
  const roles = {};
  for (const entry of entries) {
    form.append(PACK_FILES.field, entry.file, entry.file.name);
    if (entry.role !== 'auto') { roles[entry.file.name] = entry.role; }
  }
  if (Object.keys(roles).length) { form.append('roles', JSON.stringify(roles)); }
  return form;
}

export function recognize(entries, mapping) {
  return postForJson('/api/recognize', packForm(entries, mapping), PACK.errors);
}

export function buildPack(entries, params, onProgress) {
  const form = packForm(entries, params.mapping);
  form.append('asOf', params.asOf);
  if (params.glAccounts) { form.append('glAccounts', params.glAccounts); }
  if (params.materiality) { form.append('materiality', params.materiality); }
  if (params.currency) { form.append('currency', params.currency); }
  for (const [name, value] of Object.entries(params.fields || {})) { form.append(name, value); }
  return postWorkbook(PACK.endpoint, form, PACK.fallbackName, PACK.errors, onProgress);
}

/* ------------------------------------------------------------------ */
/* Response headers                                                   */
/* ------------------------------------------------------------------ */

/** Content-Disposition: attachment; filename="x.xlsx"; filename*=UTF-8''x.xlsx */
function filenameFromDisposition(header) {
  if (!header) { return null; }
  let name = null;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (star) {
    try { name = decodeURIComponent(star[2].trim().replace(/^"|"$/g, '')); } catch { name = null; }
  }
  if (!name) {
    const quoted = /filename\s*=\s*"((?:\\.|[^"\\])*)"/i.exec(header);
    const plain = quoted ? null : /filename\s*=\s*([^;]+)/i.exec(header);
    name = quoted ? quoted[1].replace(/\\(.)/g, '$1') : (plain ? plain[1].trim() : null);
  }
  if (!name) { return null; }
  return name.replace(/[\\/]/g, '_').trim() || null;
}

/** The X-Arw-Summary header: JSON, possibly percent-encoded. */
function parseSummary(header) {
  if (!header) { return null; }
  const candidates = [header];
  try { candidates.push(decodeURIComponent(header)); } catch { /* the raw header only */ }
  for (const candidate of candidates) {
    try {
      const obj = JSON.parse(candidate);
      if (obj && typeof obj === 'object') { return obj; }
    } catch { /* try the next */ }
  }
  return null;
}
