/*
 * The pack's file table: one row per file with its size, what /api/recognize recognised it as, a role
 * menu to correct that, and Remove.
 */
import { make, clear, isPresent, rowHeader } from './dom.js';
import { formatBytes } from './format.js';

/*
 * The role choices of a pack file. value is what the page sends in the roles JSON; role is the name
 * /api/recognize answers with.
 */
const PACK_ROLES = [
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

/** The role a file will have: the one the user chose, else the recognised one (null while unknown). */
export function effectiveRole(entry, recognised) {
  const chosen = PACK_ROLES.find((r) => r.value === entry.role)?.role;
  if (chosen) { return chosen; }
  return recognised && isPresent(recognised.role) && recognised.role !== 'UNKNOWN' ? String(recognised.role) : null;
}

/**
 * A file of the pack: {file, role} with its table row. The role menu calls onRole after it changed
 * entry.role; Remove calls onRemove.
 */
export function packEntry(file, { onRole, onRemove }) {
  const entry = { file, role: 'auto', shown: null };
  const name = rowHeader(null, 'pack-name');
  const size = make('td', 'num pack-size');
  const what = make('td', 'pack-what');

  const select = make('select', 'role-select');
  for (const r of PACK_ROLES) {
    const opt = make('option', null, r.label);
    opt.value = r.value;
    select.append(opt);
  }
  select.value = entry.role;
  select.addEventListener('change', () => {
    entry.role = select.value;
    onRole(entry);
  });
  const roleCell = make('td', 'pack-role');
  roleCell.append(select);

  const remove = make('button', 'btn btn-link btn-remove', 'Remove');
  remove.type = 'button';
  remove.addEventListener('click', () => onRemove(entry));
  const removeCell = make('td', 'pack-remove');
  removeCell.append(remove);

  const row = make('tr');
  row.append(name, size, what, roleCell, removeCell);
  Object.assign(entry, { row, select, remove });

  /** Shows entry.file (again, after a file of the same name replaced it). */
  entry.showFile = () => {
    name.textContent = entry.file.name;
    size.textContent = formatBytes(entry.file.size);
    select.setAttribute('aria-label', `Role of ${entry.file.name}`);
    remove.setAttribute('aria-label', `Remove ${entry.file.name}`);
  };

  /**
   * "Recognised as": the role, the description and, folded, how it was recognised (r: the recognise
   * answer for the file, null while pending). Left alone when unchanged so an opened "how" stays open.
   */
  entry.showRecognised = (r) => {
    const shown = r ? JSON.stringify([r.role, r.roleLabel, r.description, r.how]) : '';
    if (entry.shown === shown) { return; }
    entry.shown = shown;
    clear(what);
    row.classList.toggle('is-unknown', Boolean(r) && r.role === 'UNKNOWN');
    if (!r) {
      what.append(make('span', 'muted', 'Recognising\u2026'));
      return;
    }
    what.append(make('p', 'pack-role-label', isPresent(r.roleLabel) ? r.roleLabel : r.role));
    if (isPresent(r.description)) { what.append(make('p', 'pack-desc', r.description)); }
    if (isPresent(r.how)) {
      const details = make('details', 'pack-how');
      details.append(make('summary', null, 'How it was recognised'), make('p', null, r.how));
      what.append(details);
    }
  };

  /** Marks the row when its role clashes with another file's, its menu when the role is wrong or unknown. */
  entry.showProblem = (clash, invalid) => {
    row.classList.toggle('is-conflict', clash);
    select.setAttribute('aria-invalid', invalid ? 'true' : 'false');
  };

  entry.showFile();
  return entry;
}
