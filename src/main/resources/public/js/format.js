/* Formatting of counts, amounts, sizes, dates and lists for the page. */
import { isPresent } from './dom.js';

const separators = (() => {
  let group = ',';
  let decimal = '.';
  try {
    for (const p of new Intl.NumberFormat().formatToParts(12345.6)) {
      if (p.type === 'group') { group = p.value; }
      if (p.type === 'decimal') { decimal = p.value; }
    }
  } catch { /* keep the defaults */ }
  return { group, decimal };
})();

export const DASH = '\u2014';

export function formatCount(value) {
  const n = Number(value);
  return Number.isFinite(n) ? n.toLocaleString() : String(value);
}

/** Amounts arrive as decimal strings ("123456.78"); they are grouped without going through floating point so nothing is rounded. */
export function formatAmount(value) {
  const s = String(value).trim();
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) { return s; }
  const intPart = m[2].replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  const sign = m[1] === '-' ? '\u2212' : '';
  return sign + intPart + (m[3] !== undefined ? separators.decimal + m[3] : '');
}

export function formatBytes(bytes) {
  const n = Number(bytes);
  if (!Number.isFinite(n) || n < 0) { return ''; }
  if (n < 1024) { return `${n} bytes`; }
  if (n < 1024 * 1024) { return `${(n / 1024).toFixed(1)} KB`; }
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** 0 -> A, 25 -> Z, 26 -> AA: how spreadsheet users name columns. */
export function columnLetter(index) {
  let n = Number(index);
  if (!Number.isFinite(n) || n < 0) { return ''; }
  let s = '';
  n = Math.floor(n) + 1;
  while (n > 0) {
    s = String.fromCharCode(65 + (n - 1) % 26) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "1 file", "3 files". */
export const countOf = (n, noun) => `${n} ${n === 1 ? noun : `${noun}s`}`;

/** ["a"] -> "a"; ["a", "b", "c"] -> "a, b and c". */
export function joinWords(words) {
  if (words.length <= 1) { return words.join(''); }
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** " 1200, 1210 ,," -> "1200,1210"; the server checks the numbers themselves. */
export function normaliseAccounts(text) {
  return String(text || '').split(',').map((a) => a.trim()).filter((a) => a !== '').join(',');
}

/** "0", "0.00", "-0.00" -> true; anything else -> false, so a value that is not a plain amount is flagged rather than passed over. */
export function isZeroAmount(value) {
  return /^[+-]?0*(?:\.0*)?$/.test(String(value).trim()) && /\d/.test(String(value));
}

/** part / total as a percentage with one decimal; null when it cannot be worked out. */
export function shareOf(part, total) {
  const p = Number(part);
  const t = Number(total);
  if (!isPresent(part) || !isPresent(total) || !Number.isFinite(p) || !Number.isFinite(t) || t === 0) { return null; }
  return `${(p / t * 100).toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}\u00a0%`;
}

/* ------------------------------------------------------------------ */
/* Dates (ISO yyyy-mm-dd, in the local time zone)                     */
/* ------------------------------------------------------------------ */

function isoDate(d) {
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

export const todayLocalIso = () => isoDate(new Date());

/** The pack is a month-end report: today when today is the last day of a month, otherwise the end of the previous month. */
export function lastMonthEndIso() {
  const d = new Date();
  const tomorrow = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
  if (tomorrow.getDate() === 1) { return isoDate(d); }
  return isoDate(new Date(d.getFullYear(), d.getMonth(), 0));
}

/** "2026-01-17" -> "2026-01-31" */
export function monthEndOf(iso) {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(String(iso || ''));
  return m ? isoDate(new Date(Number(m[1]), Number(m[2]), 0)) : null;
}

export function daysBetween(fromIso, toIso) {
  const a = Date.parse(`${fromIso}T00:00:00Z`);
  const b = Date.parse(`${toIso}T00:00:00Z`);
  return Number.isFinite(a) && Number.isFinite(b) ? Math.round((b - a) / 86400000) : 0;
}
