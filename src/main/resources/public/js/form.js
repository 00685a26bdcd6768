/*
 * The parameters form of the single-job card: the job switch, the as-of date, the buckets and their
 * preview, the AR control accounts, the ERP profile, and the note under the build button.
 */
import { make, clear, isPresent } from './dom.js';
import { joinWords, normaliseAccounts } from './format.js';
import { JOBS, FIELDS, extrasOf, zoneNoun } from './jobs.js';
import { fieldValues } from './fields.js';

export const DEFAULT_BUCKETS = '30,60,90,120';

/** "30,60,90,120" -> {edges: [30, 60, 90, 120]} or {error: "..."} */
function parseBuckets(text) {
  const raw = String(text || '').trim();
  if (!raw) { return { error: 'Enter at least one bucket edge, e.g. 30,60,90,120.' }; }
  const edges = [];
  for (const p of raw.split(',').map((s) => s.trim())) {
    if (p === '') { return { error: 'There is an empty value between commas.' }; }
    if (!/^\d+$/.test(p)) { return { error: `\u201c${p}\u201d is not a whole number of days.` }; }
    const n = parseInt(p, 10);
    if (n <= 0) { return { error: 'Bucket edges must be greater than zero.' }; }
    const last = edges[edges.length - 1];
    if (edges.length && n <= last) { return { error: `Edges must go up: ${n} comes after ${last}.` }; }
    edges.push(n);
  }
  return { edges };
}

/** [30, 60, 90, 120] -> Current, 1-30, 31-60, 61-90, 91-120, Over 120 */
function bucketLabels(edges) {
  const labels = ['Current'];
  let lo = 1;
  for (const hi of edges) {
    labels.push(`${lo}-${hi}`);
    lo = hi + 1;
  }
  labels.push(`Over ${edges[edges.length - 1]}`);
  return labels;
}

/** The bucket chips under the edges, or the error; returns the edges, or null when they are wrong. */
export function renderBucketPreview({ buckets, bucketsError, bucketPreview }) {
  const result = parseBuckets(buckets.value);
  clear(bucketPreview);
  bucketsError.hidden = !result.error;
  bucketsError.textContent = result.error || '';
  if (result.error) {
    buckets.setAttribute('aria-invalid', 'true');
    return null;
  }
  buckets.removeAttribute('aria-invalid');
  bucketPreview.append(...bucketLabels(result.edges).map((label) => make('li', null, label)));
  return result.edges;
}

/** The form's values for a build of job, with the column mapping's choices. */
export function readParams(el, job, mapping) {
  const { edges } = parseBuckets(el.buckets.value);
  return {
    job,
    asOf: el.asOf.value,
    basis: el.basis.value || 'due',
    buckets: edges ? edges.join(',') : null,
    glAccounts: normaliseAccounts(el.glAccounts.value),
    materiality: el.materiality.value.trim(),
    // The jobs' own fields, drawn from FIELDS (jobs.js): confirmations, allowance.
    ...Object.assign({}, ...Object.values(FIELDS).map((fields) => fieldValues(fields))),
    profile: el.profile.value,
    currency: el.currency.value.trim().toUpperCase(),
    mapping
  };
}

/** What a result was built from; a different key marks it stale. extrasVersion counts the changes of a job's further files. */
export function paramsKey(p, extrasVersion) {
  return [p.job, p.asOf, ...JOBS[p.job].params.map((name) => p[name]), p.profile, extrasVersion,
    p.currency || '', JSON.stringify(p.mapping || null)].join('|');
}

/** Elements marked data-job="..." (a space-separated list of jobs) show only for those jobs. */
export function showJobParts(job, asOf) {
  for (const node of document.querySelectorAll('[data-job]')) {
    node.hidden = !node.dataset.job.split(/\s+/).includes(job);
  }
  const help = JOBS[job].asOfHelp;
  if (help) { asOf.setAttribute('aria-describedby', help); } else { asOf.removeAttribute('aria-describedby'); }
}

/** The ERP profiles of /api/health as choices after "Detect automatically"; the current choice kept when still offered. */
export function renderProfiles(select, profiles) {
  const current = select.value;
  while (select.options.length > 1) { select.remove(1); }
  for (const p of Array.isArray(profiles) ? profiles : []) {
    if (!p || !isPresent(p.id)) { continue; }
    const opt = make('option', null, isPresent(p.name) ? p.name : p.id);
    opt.value = String(p.id);
    select.append(opt);
  }
  select.value = current;
  if (select.value !== current) { select.value = ''; }
}

/* ------------------------------------------------------------------ */
/* The note under the build button: what the workbook will be built from */
/* ------------------------------------------------------------------ */

/** The nouns of the job's optional further files that are chosen. */
const chosenOptional = (job, extras) => extrasOf(job).filter((z) => !z.required && extras[z.key]).map(zoneNoun);

function reconNote(extras, glAccounts) {
  const reg = Boolean(extras.register);
  const prior = Boolean(extras.prior);
  let text;
  if (reg && prior) {
    text = 'With the transaction register and the prior period: roll-forward included.';
  } else if (reg) {
    text = 'With the transaction register; add the prior period open items for a roll-forward.';
  } else if (prior) {
    text = 'With the prior period open items; add the transaction register for a roll-forward.';
  } else {
    text = 'Open items against the general ledger; no roll-forward without the register and the prior period.';
  }
  const accounts = normaliseAccounts(glAccounts);
  return text + (accounts
    ? ` AR control accounts: ${accounts.split(',').join(', ')}.`
    : ' AR control accounts recognised by name.');
}

function cashappNote(extras) {
  const used = chosenOptional('cashapp', extras);
  if (!used.length) { return 'Open items and payments, with the built-in rules; no customer master.'; }
  return `With the ${joinWords(used)}${extras.rules ? '.' : '; built-in rules.'}`;
}

function dunningNote(extras) {
  const used = chosenOptional('dunning', extras);
  if (!used.length) { return 'Export only, with the built-in dunning policy.'; }
  return `With the ${joinWords(used)}${extras.policy ? '.' : '; built-in dunning policy.'}`;
}

/** The note under the build button for job, or null for none. */
export function buildNote(job, extras, glAccounts) {
  if (job === 'recon') { return reconNote(extras, glAccounts); }
  if (job === 'cashapp') { return cashappNote(extras); }
  if (job === 'dunning') { return dunningNote(extras); }
  return null;
}
