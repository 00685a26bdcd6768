/*
 * The month-end pack card: any number of files, each recognised by its content (/api/recognize), the
 * sections they allow, the open items' column mapping, one workbook (/api/pack).
 */
import { byIds, make, clear, isPresent, need } from './dom.js';
import { countOf, daysBetween, joinWords, lastMonthEndIso, monthEndOf, normaliseAccounts } from './format.js';
import { PACK, PACK_FILES } from './jobs.js';
import { fieldId, fieldValues } from './fields.js';
import * as api from './api.js';
import { feedback } from './feedback.js';
import { mappingEditor } from './mapping.js';
import { wireZone } from './zones.js';
import { effectiveRole, packEntry } from './pack-files.js';
import { packResultPanel, triggerDownload } from './results.js';

/** Wires the card; returns setSections(list) for the table from file roles to sections of /api/health, and showError(err). */
export function packCard() {
  const el = byIds('pack-files', 'pack-rows', 'pack-problem', 'pack-problem-text', 'pack-form', 'pack-as-of',
    'pack-as-of-note', 'pack-currency', 'pack-gl-field', 'pack-gl-accounts', 'pack-materiality', 'pack-sections', 'pack-notes',
    'pack-build', 'pack-build-hint', 'pack-download-again', 'pack-mapping');
  const ui = feedback('pack-');
  const result = packResultPanel();

  /* The pack's table from file roles to sections: served by /api/health (jobs/PackSection), never kept here. */
  let sections = [];

  /* The form fields that must all be filled for a section by parameters (the confirmations' two thresholds). */
  const paramsOf = (section) => (Array.isArray(section.params) ? section.params : []);
  const fieldInputs = PACK.fields.map((f) => need(fieldId(f, 'pack-')));
  const labelOf = (name) => (PACK.fields.find((f) => f.name === name)?.label ?? name).toLowerCase();

  const pack = {
    entries: [],       // packEntry(...), in the order added
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

  const roleOf = (entry) => effectiveRole(entry, pack.recognized[entry.file.name]);

  /* The open-items entry of the pack (by its recognised or chosen role), or undefined. */
  const openItems = () => pack.entries.find((e) => roleOf(e) === 'OPEN_ITEMS');

  const mapping = mappingEditor(el.packMapping, {
    prefix: 'pack-',
    fileName: () => openItems()?.file.name ?? '',
    onChange: () => updateBuild(),
    onPicked(spec) {
      pack.base = spec;
      changed();
    },
    onSave(name, spec) {
      const e = openItems();
      return e ? api.saveMapping(e.file, name, spec) : Promise.reject(new api.ApiError('No open items', '', 0));
    }
  });

  const params = () => ({
    asOf: el.packAsOf.value,
    glAccounts: normaliseAccounts(el.packGlAccounts.value),
    materiality: el.packMateriality.value.trim(),
    currency: el.packCurrency.value.trim().toUpperCase(),
    mapping: mapping.spec(),
    fields: askedFields(fieldValues(PACK.fields, 'pack-'))
  });

  /*
   * The filled fields of the sections by parameters, sent only when one of those sections is asked for (one of
   * its thresholds filled): the confidence's default alone asks for nothing.
   */
  function askedFields(values) {
    const asked = sections.some((s) => paramsOf(s).some((name) => values[name]));
    return asked ? Object.fromEntries(Object.entries(values).filter(([, v]) => v)) : {};
  }

  /* A section by parameters with some of them filled but not all: {section, given, missing}, else null. */
  function halfAsked(fields) {
    for (const section of sections) {
      const names = paramsOf(section);
      const given = names.filter((n) => fields[n]);
      if (given.length && given.length < names.length) {
        return { section, given, missing: names.filter((n) => !fields[n]) };
      }
    }
    return null;
  }

  const keyOf = (p) => [pack.version, p.asOf, p.glAccounts, p.materiality, JSON.stringify(p.fields),
    JSON.stringify(p.mapping || null)].join('|');

  /* role -> the names of the files with that role */
  function filesByRole() {
    const out = {};
    for (const entry of pack.entries) {
      const role = roleOf(entry);
      if (role) { (out[role] ??= []).push(entry.file.name); }
    }
    return out;
  }

  /* ---------------------------------------------------------------- */
  /* Files                                                            */
  /* ---------------------------------------------------------------- */

  const zone = wireZone(PACK_FILES, { onFiles: addFiles });

  function addFiles(files) {
    const replaced = [];
    for (const file of files) {
      /* Roles travel by file name, so a second file of the same name replaces the first. */
      const same = pack.entries.find((e) => e.file.name === file.name);
      if (same) {
        same.file = file;
        delete pack.recognized[file.name];
        same.showFile();
        replaced.push(file.name);
        continue;
      }
      const entry = packEntry(file, { onRole: changed, onRemove: removeFile });
      pack.entries.push(entry);
      el.packRows.append(entry.row);
    }
    pack.note = replaced.length ? `Replaced ${joinWords(replaced)} with the file just added.` : '';
    changed();
  }

  function removeFile(entry) {
    const i = pack.entries.indexOf(entry);
    if (i < 0) { return; }
    pack.entries.splice(i, 1);
    delete pack.recognized[entry.file.name];
    entry.row.remove();
    /* Keep the keyboard where it was: the next row's Remove, else the previous, else the picker. */
    const next = pack.entries[i] || pack.entries[i - 1];
    (next ? next.remove : zone.choose).focus();
    pack.note = `Removed ${entry.file.name}.`;
    changed();
  }

  function changed() {
    pack.version++;
    if (!pack.entries.length) { pack.base = null; }
    recognize();
  }

  async function recognize() {
    const seq = ++pack.seq;
    pack.answer = null;
    ui.clearError();
    if (!pack.entries.length) {
      pack.recognizing = false;
      pack.recognized = {};
      ui.setStatus(pack.note, false);
      pack.note = '';
      render();
      return;
    }
    const count = pack.entries.length;
    pack.recognizing = true;
    ui.setStatus(`Recognising ${countOf(count, 'file')}\u2026`, true);
    render();

    const base = pack.base;
    let data;
    try {
      data = await api.recognize(pack.entries, base);
    } catch (err) {
      if (seq !== pack.seq) { return; }
      pack.recognizing = false;
      pack.note = '';
      ui.setStatus('', false);
      ui.showError(api.asApiError(err));
      render();
      return;
    }
    if (seq !== pack.seq) { return; }
    pack.recognizing = false;
    pack.answer = data && typeof data === 'object' ? data : {};
    pack.recognized = {};
    for (const f of Array.isArray(pack.answer.files) ? pack.answer.files : []) {
      if (f && isPresent(f.name)) { pack.recognized[String(f.name)] = f; }
    }
    const open = openItems();
    const info = open ? pack.recognized[open.file.name] : null;
    if (info && (Array.isArray(info.columns) || Array.isArray(info.uncertain))) {
      mapping.show(info, base);
    } else {
      mapping.hide();
    }
    pack.dataEnds = isPresent(pack.answer.dataEnds) ? String(pack.answer.dataEnds) : null;
    if (pack.dataEnds && !pack.asOfTouched) {
      /* Propose the month end of the open items' own dates, not today's: an old export is aged at its date. */
      const proposed = monthEndOf(pack.dataEnds);
      if (proposed && proposed < el.packAsOf.value) { el.packAsOf.value = proposed; }
    }
    const text = `${pack.note ? `${pack.note} ` : ''}Recognised ${countOf(count, 'file')}`
      + (pack.answer.canBuild ? '.' : '; the pack cannot be built yet.');
    pack.note = '';
    ui.setStatus(text, false);
    render();
  }

  /* ---------------------------------------------------------------- */
  /* What the files give                                              */
  /* ---------------------------------------------------------------- */

  /* Sections the files (and fields) allow, with the file each comes from or what to add for it. */
  function renderSections(roles) {
    clear(el.packSections);
    const fields = params().fields;
    for (const section of sections) {
      let from = section.needs.flatMap((role) => roles[role] || []);
      if (from.length && section.uses) { from = from.concat(section.uses.flatMap((role) => roles[role] || [])); }
      /* Dashboard and Aging come with every pack, and every pack needs the open items; a section by parameters
         needs its fields filled too. */
      const on = from.length > 0 && paramsOf(section).every((name) => fields[name]);
      const li = make('li', on ? 'is-on' : 'is-off');
      li.append(make('span', 'visually-hidden', on ? 'Included: ' : 'Not included: '),
        make('span', 'section-name', section.name),
        make('span', 'section-from', on ? `from ${joinWords(from)}` : section.add));
      el.packSections.append(li);
    }
  }

  /* Files the chosen roles make useless, said before the build refuses or ignores them. */
  function renderNotes(roles) {
    const notes = [];
    if (!roles.INVOICE_HISTORY) {
      for (const name of [...(roles.WRITE_OFFS || []), ...(roles.PRIOR_OPEN_ITEMS || [])]) {
        notes.push(`${name} is used only by the KPIs, which need an invoice history too.`);
      }
    }
    if (!roles.PAYMENTS) {
      for (const name of roles.REMITTANCE_ADVICE || []) {
        notes.push(`${name} is used only by the cash application, which needs payments; without them it is ignored.`);
      }
    }
    clear(el.packNotes);
    el.packNotes.append(...notes.map((n) => make('li', null, n)));
    el.packNotes.hidden = !notes.length;
  }

  /* Under the as-of date: a warning when the open items end long before it, or after it. */
  function renderAsOfNote() {
    const note = el.packAsOfNote;
    const asOf = el.packAsOf.value;
    const ends = pack.dataEnds;
    if (!ends || !asOf) {
      note.hidden = true;
      return;
    }
    const gap = daysBetween(ends, asOf);
    if (gap > 45) {
      const months = Math.round(gap / 30.4);
      note.textContent = `The open items\u2019 latest document is dated ${ends}, ${months >= 2 ? `${months} months` : `${gap} days`}`
        + ` before the as-of date. Ages are counted to ${asOf}: is this the right export, and the right date?`;
      note.className = 'help as-of-note is-warn';
    } else if (gap < 0) {
      note.textContent = `Documents dated after ${asOf} (up to ${ends}) are listed apart as future-dated.`;
      note.className = 'help as-of-note is-warn';
    } else {
      note.textContent = `The open items\u2019 latest document is dated ${ends}.`;
      note.className = 'help as-of-note';
    }
    note.hidden = false;
  }

  function render() {
    zone.show(pack.entries.map((e) => e.file));
    el.packFiles.hidden = !pack.entries.length;

    const roles = filesByRole();
    for (const entry of pack.entries) {
      entry.showRecognised(pack.recognized[entry.file.name] || null);
      /* Two files for one role: both rows are marked, the problem line says which. */
      const role = roleOf(entry);
      const clash = Boolean(role) && roles[role].length > 1;
      const unknown = !role && Boolean(pack.recognized[entry.file.name]);
      entry.showProblem(clash, clash || unknown);
    }

    const problem = pack.answer && !pack.answer.canBuild
      ? (isPresent(pack.answer.problem) ? String(pack.answer.problem) : 'These files cannot be combined into a pack.')
      : '';
    el.packProblemText.textContent = problem;
    el.packProblem.hidden = !problem;

    el.packGlField.hidden = !roles.GENERAL_LEDGER;
    renderSections(roles);
    renderNotes(roles);
    updateBuild();
  }

  function updateBuild() {
    const p = params();
    let hint = '';
    if (!pack.entries.length) { hint = 'Add the exports first.'; }
    else if (pack.recognizing) { hint = 'Recognising the files\u2026'; }
    else if (!pack.answer) { hint = 'The files could not be recognised.'; }
    else if (mapping.blocking()) { hint = mapping.blocking(); }
    else if (!pack.answer.canBuild) { hint = 'Resolve the problem with the files first.'; }
    else if (!p.asOf) { hint = 'Enter an as-of date.'; }
    const half = halfAsked(p.fields);
    if (!hint && half) {
      hint = `Enter the ${joinWords(half.missing.map(labelOf))} too for the ${half.section.name.toLowerCase()}, `
        + `or clear the ${joinWords(half.given.map(labelOf))}.`;
    }
    PACK.fields.forEach((f, i) => {
      fieldInputs[i].setAttribute('aria-invalid', half?.missing.includes(f.name) ? 'true' : 'false');
    });
    el.packBuild.disabled = Boolean(hint) || pack.building;
    el.packBuildHint.textContent = hint;
    el.packBuildHint.hidden = !hint;
    el.packAsOf.setAttribute('aria-invalid', p.asOf ? 'false' : 'true');
    renderAsOfNote();
    if (pack.result && result.shown()) { result.setStale(keyOf(p) !== pack.result.key); }
  }

  /* ---------------------------------------------------------------- */
  /* Build                                                            */
  /* ---------------------------------------------------------------- */

  async function build() {
    if (el.packBuild.disabled || pack.building) { return; }
    const p = params();
    const key = keyOf(p);

    await ui.build({
      button: el.packBuild,
      message: `Building the month-end pack from ${countOf(pack.entries.length, 'file')}\u2026`,
      label: () => 'Build month-end pack',
      setBuilding(building) {
        pack.building = building;
        updateBuild();
      }
    }, async (onProgress) => {
      const res = await api.buildPack(pack.entries, p, onProgress);
      pack.result = { ...res, key };
      triggerDownload(res.blob, res.fileName);
      result.show(pack.result, keyOf(params()) !== key);
      ui.setStatus(`Month-end pack ${res.fileName} downloaded.`, false);
    });
  }

  /* ---------------------------------------------------------------- */
  /* Start                                                            */
  /* ---------------------------------------------------------------- */

  el.packAsOf.value = lastMonthEndIso();
  const asOfSet = () => {
    pack.asOfTouched = true;
    updateBuild();
  };
  el.packAsOf.addEventListener('input', asOfSet);
  el.packAsOf.addEventListener('change', asOfSet);
  el.packGlAccounts.addEventListener('input', updateBuild);
  el.packMateriality.addEventListener('input', updateBuild);
  const fieldsChanged = () => {
    renderSections(filesByRole());
    updateBuild();
  };
  for (const input of fieldInputs) {
    input.addEventListener('input', fieldsChanged);
    input.addEventListener('change', fieldsChanged);
  }
  el.packForm.addEventListener('submit', (e) => {
    e.preventDefault();
    build();
  });
  el.packBuild.addEventListener('click', build);
  el.packDownloadAgain.addEventListener('click', () => {
    if (pack.result) { triggerDownload(pack.result.blob, pack.result.fileName); }
  });
  render();

  return {
    setSections(list) {
      sections = Array.isArray(list) ? list : [];
      render();
    },
    showError: (err) => ui.showError(err)
  };
}
