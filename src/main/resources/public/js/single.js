/*
 * The single-job card ("One job at a time"): one open-items export, read by /api/inspect as soon as
 * it is chosen, the job's further files, the parameters, one workbook per build.
 */
import { byIds, isPresent } from './dom.js';
import { formatCount, todayLocalIso } from './format.js';
import { JOBS, FIELDS, OPEN_ITEMS, extrasOf, zoneNoun } from './jobs.js';
import { fieldId } from './fields.js';
import * as api from './api.js';
import { feedback } from './feedback.js';
import { mappingEditor } from './mapping.js';
import { renderInspect } from './inspect.js';
import { wireZone } from './zones.js';
import { resultPanel, triggerDownload } from './results.js';
import { DEFAULT_BUCKETS, renderBucketPreview, readParams, paramsKey, showJobParts, renderProfiles, buildNote } from './form.js';

const nullsFor = (keys) => Object.fromEntries(keys.map((k) => [k, null]));

/** Wires the card; returns setProfiles(profiles) for the ERP profiles of /api/health. */
export function singleJobCard() {
  const el = byIds('inspect-panel', 'inspect-file', 'inspect-body', 'params-form', 'as-of', 'basis', 'buckets',
    'bucket-preview', 'buckets-error', 'currency', 'gl-accounts', 'materiality', 'profile', 'build', 'build-hint', 'build-note',
    'download-again', 'mapping');
  const radios = Array.from(document.querySelectorAll('input[name="job"]'));
  const jobs = Object.keys(JOBS);
  const extras = jobs.flatMap((job) => extrasOf(job).map((zone) => ({ job, zone })));
  const ui = feedback('');
  const result = resultPanel();

  const state = {
    job: 'aging',
    file: null,          // the File the user chose; kept so they can rebuild
    extras: nullsFor(extras.map((x) => x.zone.key)),
    extrasVersion: Object.fromEntries(jobs.map((job) => [job, 0])),  // bumped when a job's further file changes (for "stale")
    inspectSeq: 0,       // guards against out-of-order inspect answers
    inspecting: false,
    inspectFailed: 0,    // the status of the inspect that refused the file (415, 422), 0 when it was read
    inspectBase: null,   // the mapping the last inspect was asked with (choices of uncertain columns)
    building: false,
    results: nullsFor(jobs)  // the last build per job: {blob, fileName, summary, key}
  };

  const mapping = mappingEditor(el.mapping, {
    prefix: '',
    fileName: () => (state.file ? state.file.name : ''),
    onChange: () => updateBuildState(),
    onPicked(spec) {
      state.inspectBase = spec;
      runInspect();
    },
    onSave: (name, spec) => api.saveMapping(state.file, name, spec)
  });

  const params = () => readParams(el, state.job, mapping.spec());
  const keyOf = (p) => paramsKey(p, state.extrasVersion[p.job]);

  /* The first required further file of the job that is not chosen yet, or undefined. */
  const missingExtra = (job) => extrasOf(job).find((z) => z.required && !state.extras[z.key]);

  function updateBuildState() {
    const p = params();
    const missing = missingExtra(p.job);  // the general ledger (recon), the payments (cashapp)
    let hint = '';
    if (!state.file && missing) { hint = `Choose the open-items export and the ${zoneNoun(missing)} first.`; }
    else if (!state.file) { hint = 'Choose an export file first.'; }
    else if (missing) { hint = `Choose the ${zoneNoun(missing)} too.`; }
    else if (!p.asOf) { hint = 'Enter an as-of date.'; }
    else if (p.job === 'aging' && !p.buckets) { hint = 'Fix the bucket edges first.'; }
    else if (state.inspecting) { hint = 'Reading the file\u2026'; }
    else if (state.inspectFailed) { hint = 'This file cannot be used (see the message above): choose another export.'; }
    else if (mapping.blocking()) { hint = mapping.blocking(); }
    el.build.disabled = Boolean(hint) || state.building;
    el.buildHint.textContent = hint;
    el.buildHint.hidden = !hint;
    el.asOf.setAttribute('aria-invalid', p.asOf ? 'false' : 'true');

    const note = buildNote(p.job, state.extras, el.glAccounts.value);
    el.buildNote.hidden = note === null;
    if (note !== null) { el.buildNote.textContent = note; }

    const last = state.results[p.job];
    if (result.shown() && last) { result.setStale(keyOf(p) !== last.key); }
  }

  /* ---------------------------------------------------------------- */
  /* The export and its inspect                                       */
  /* ---------------------------------------------------------------- */

  const fileZone = wireZone(OPEN_ITEMS, { onFiles: handleFile });

  function handleFile(file) {
    if (!file) { return; }
    state.file = file;
    state.inspectBase = null;
    mapping.hide();
    state.results = nullsFor(jobs);
    result.hide();
    el.inspectPanel.hidden = true;
    ui.clearError();
    fileZone.show(file);
    updateBuildState();
    runInspect();
  }

  async function runInspect() {
    if (!state.file) { return; }
    const seq = ++state.inspectSeq;
    const file = state.file;
    state.inspecting = true;
    state.inspectFailed = 0;
    ui.clearError();
    ui.setStatus(`Reading ${file.name}\u2026`, true);
    updateBuildState();

    const base = state.inspectBase;
    let data;
    try {
      data = (await api.inspect(file, el.profile.value, base)) || {};
    } catch (err) {
      if (seq === state.inspectSeq) { inspectFailed(file, base, err); }
      return;
    }
    if (seq !== state.inspectSeq) { return; }
    state.inspecting = false;
    renderInspect({ panel: el.inspectPanel, file: el.inspectFile, body: el.inspectBody }, data);
    mapping.show(data, base);
    let summary = `Read ${file.name}`;
    if (isPresent(data.dataRows)) { summary += `: ${formatCount(data.dataRows)} data rows`; }
    if (isPresent(data.profile?.name)) { summary += `, ${data.profile.name}`; }
    ui.setStatus(`${summary}.`, false);
    updateBuildState();
  }

  function inspectFailed(file, base, err) {
    state.inspecting = false;
    el.inspectPanel.hidden = true;
    const uncertain = err instanceof api.ApiError ? err.body?.uncertain : null;
    if (Array.isArray(uncertain) && uncertain.length) {
      /* The file is fine, but a required field could come from more than one column: ask, do not guess. */
      mapping.show(err.body, base);
      ui.setStatus(`Choose the columns of ${file.name} below.`, false);
      updateBuildState();
      return;
    }
    mapping.hide();
    state.inspectFailed = err instanceof api.ApiError ? err.status || 1 : 1;
    ui.setStatus('', false);
    ui.showError(api.asApiError(err));
    updateBuildState();
  }

  /* ---------------------------------------------------------------- */
  /* The further files of dunning, reconciliation, cash application   */
  /* ---------------------------------------------------------------- */

  for (const { job, zone } of extras) {
    const setExtra = (file) => {
      state.extras[zone.key] = file || null;
      state.extrasVersion[job]++;
      drawn.show(file);
      updateBuildState();
    };
    const drawn = wireZone(zone, { onFiles: setExtra, onRemove: () => setExtra(null) });
    drawn.show(null);
  }

  /* ---------------------------------------------------------------- */
  /* Build                                                            */
  /* ---------------------------------------------------------------- */

  /* The result panel shows the last build of the selected job, if any. */
  function showResultForJob() {
    const last = state.results[state.job];
    if (!last) {
      result.hide();
      return;
    }
    result.show(state.job, last.fileName, last.summary);
    result.setStale(keyOf(params()) !== last.key);
  }

  async function buildWorkbook() {
    if (!state.file || state.building) { return; }
    const job = state.job;
    if (missingExtra(job)) {
      updateBuildState();
      return;
    }
    if (job === 'aging' && !renderBucketPreview(el)) {
      el.buckets.focus();
      return;
    }
    const p = params();
    if (!p.asOf) {
      el.asOf.focus();
      updateBuildState();
      return;
    }
    const key = keyOf(p);
    const spec = JOBS[job];

    await ui.build({
      button: el.build,
      message: `${spec.building}${state.file.name}\u2026`,
      label: () => JOBS[state.job].buildLabel,
      setBuilding(building) {
        state.building = building;
        updateBuildState();
      }
    }, async (onProgress) => {
      const res = await api.buildJob(job, state.file, p, state.extras, onProgress);
      state.results[job] = { ...res, key };
      triggerDownload(res.blob, res.fileName);
      if (state.job === job) { showResultForJob(); }
      ui.setStatus(`${spec.noun} ${res.fileName} downloaded.`, false);
    });
  }

  function setJob(job) {
    state.job = JOBS[job] ? job : 'aging';
    radios.forEach((r) => { r.checked = r.value === state.job; });
    showJobParts(state.job, el.asOf);
    if (!state.building) { el.build.textContent = JOBS[state.job].buildLabel; }
    showResultForJob();
    updateBuildState();
  }

  /* ---------------------------------------------------------------- */
  /* Start                                                            */
  /* ---------------------------------------------------------------- */

  el.asOf.value = todayLocalIso();
  if (!el.buckets.value) { el.buckets.value = DEFAULT_BUCKETS; }
  renderBucketPreview(el);

  el.buckets.addEventListener('input', () => {
    renderBucketPreview(el);
    updateBuildState();
  });
  el.asOf.addEventListener('input', updateBuildState);
  el.asOf.addEventListener('change', updateBuildState);
  el.basis.addEventListener('change', updateBuildState);
  el.glAccounts.addEventListener('input', updateBuildState);
  el.materiality.addEventListener('input', updateBuildState);
  // The jobs' own fields (FIELDS in jobs.js): typing or choosing marks the result stale.
  for (const f of Object.values(FIELDS).flat()) {
    const input = document.getElementById(fieldId(f));
    input.addEventListener(f.choices ? 'change' : 'input', updateBuildState);
  }
  el.profile.addEventListener('change', () => {
    updateBuildState();
    if (state.file) { runInspect(); }
  });
  el.paramsForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!el.build.disabled) { buildWorkbook(); }
  });
  el.build.addEventListener('click', buildWorkbook);
  el.downloadAgain.addEventListener('click', () => {
    const last = state.results[state.job];
    if (last) { triggerDownload(last.blob, last.fileName || JOBS[state.job].fallbackName); }
  });
  for (const r of radios) {
    r.addEventListener('change', () => { if (r.checked) { setJob(r.value); } });
  }
  setJob(radios.find((r) => r.checked)?.value ?? 'aging');

  return {
    setProfiles(profiles) { renderProfiles(el.profile, profiles); }
  };
}
