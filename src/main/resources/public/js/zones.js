/*
 * The drop zones, drawn from FILE_ZONES (jobs.js). The page holds a placeholder
 * <div data-zones="JOB ..."></div> per card, replaced by the zones of those jobs: a large zone for
 * the file (or files) a job starts from, drawn once however many jobs share it, then for each job a
 * group of small zones for its further files, shown only while that job is chosen (data-job).
 */
import { need, make } from './dom.js';
import { FILE_ZONES, zoneNoun } from './jobs.js';
import { formatBytes } from './format.js';

/** The element ids of a zone. */
const idsOf = (key) => ({
  zone: `${key}-zone`, title: `${key}-title`, hint: `${key}-hint`, choose: `${key}-choose`,
  remove: `${key}-remove`, input: `${key}-input`, current: `${key}-current`
});

/** The label of a zone's button: without a file, with one. */
const chooseLabels = (z) => {
  if (z.multiple) { return ['Choose files', 'Add files']; }
  return z.large ? ['Choose file', 'Choose another file'] : ['Choose file', 'Replace'];
};

/** Replaces every [data-zones] placeholder below root with its jobs' zones. */
export function mountZones(root = document) {
  for (const mount of root.querySelectorAll('[data-zones]')) {
    mount.replaceWith(renderZones(mount.dataset.zones.trim().split(/\s+/)));
  }
}

function renderZones(jobs) {
  const out = document.createDocumentFragment();
  const drawn = new Set();
  const groups = [];
  for (const job of jobs) {
    const files = FILE_ZONES[job];
    if (!files) { throw new Error(`No file zones for the job "${job}".`); }
    const fresh = files.zones.filter((z) => !drawn.has(z));
    fresh.forEach((z) => drawn.add(z));
    out.append(...fresh.filter((z) => z.large).map(largeZone));
    const minis = fresh.filter((z) => !z.large).map(miniZone);
    if (minis.length) { groups.push(group(job, files, minis)); }
  }
  out.append(...groups);
  return out;
}

function fileInput(z) {
  return make('input', 'visually-hidden', null, {
    type: 'file', id: idsOf(z.key).input, tabindex: '-1', 'aria-hidden': 'true', multiple: Boolean(z.multiple),
    accept: z.accept.join(',')
  });
}

function largeZone(z) {
  const id = idsOf(z.key);
  const zone = make('div', z.multiple ? 'drop-zone pack-drop' : 'drop-zone', null, { id: id.zone, 'aria-describedby': id.hint });
  const actions = make('div', 'drop-actions');
  actions.append(
    make('button', 'btn btn-secondary', chooseLabels(z)[0], { type: 'button', id: id.choose }),
    make('span', 'drop-or', z.multiple ? 'or drag and drop several at once' : 'or drag and drop'));
  zone.append(
    make('div', z.multiple ? 'drop-icon drop-icon-stack' : 'drop-icon', null, { 'aria-hidden': 'true' }),
    make('p', 'drop-title', z.title, { id: id.title }),
    make('p', 'drop-hint', z.hint, { id: id.hint }),
    actions);
  if (!z.multiple) {
    zone.append(make('p', 'current-file', null, { id: id.current, hidden: true }), make('p', 'replace-hint', z.replaceHint));
  }
  zone.append(fileInput(z));
  return zone;
}

function miniZone(z) {
  const id = idsOf(z.key);
  const zone = make('div', 'mini-zone', null, { id: id.zone });
  const title = make('p', 'mini-title', null, { id: id.title });
  const status = z.required ? 'required' : (z.format ? `optional, ${z.format}` : 'optional');
  title.append(`${z.title} `, make('span', z.required ? 'mini-required' : 'mini-optional', `(${status})`));
  const file = make('p', 'mini-file', null, { hidden: true });
  file.append(make('span', 'mini-name'), ' ', make('span', 'mini-size'));
  const actions = make('div', 'mini-actions');
  actions.append(
    make('button', 'btn btn-secondary btn-small mini-choose', chooseLabels(z)[0],
      { type: 'button', id: id.choose, 'aria-describedby': `${id.title} ${id.hint}` }),
    make('button', 'btn btn-link btn-remove mini-remove', 'Remove',
      { type: 'button', id: id.remove, 'aria-label': `Remove the ${zoneNoun(z)}`, hidden: true }));
  zone.append(title, make('p', 'mini-hint', z.hint, { id: id.hint }), file, actions, fileInput(z));
  return zone;
}

/** A job's further files under its heading; shown only for that job. */
function group(job, files, zones) {
  const box = make('div', 'extra-inputs', null, { id: `${job}-inputs`, 'data-job': job, hidden: true });
  const heading = make('p', 'section-title');
  heading.append(`${files.heading} `, make('span', 'section-note', files.note));
  const grid = make('div', 'extra-grid');
  grid.append(...zones);
  box.append(heading, grid);
  return box;
}

/* ------------------------------------------------------------------ */
/* Behaviour                                                          */
/* ------------------------------------------------------------------ */

function hasFiles(event) {
  const types = event.dataTransfer?.types;
  return Boolean(types) && Array.from(types).includes('Files');
}

/** A file dropped beside a zone must not make the browser navigate away from the page. */
export function blockStrayDrops() {
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, (e) => { if (hasFiles(e)) { e.preventDefault(); } });
  }
}

/** Drag-and-drop on a zone: highlighted while files are over it, the dropped files (an array) to onFiles. */
function acceptDrops(zone, onFiles) {
  let depth = 0;
  zone.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) { return; }
    e.preventDefault();
    depth++;
    zone.classList.add('is-dragover');
  });
  zone.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) { return; }
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  zone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) { zone.classList.remove('is-dragover'); }
  });
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    zone.classList.remove('is-dragover');
    const files = e.dataTransfer?.files;
    if (files?.length) { onFiles(Array.from(files)); }
  });
}

/**
 * Wires the drawn zone of z: files dropped on it, a click anywhere on it, its button (the keyboard
 * path) and its hidden input all hand the files to onFiles (an array for a zone of several files,
 * else the first file); its Remove button calls onRemove. Returns show(held), which draws what the
 * zone holds (a file, a list of files, or null), and the zone's button.
 */
export function wireZone(z, { onFiles, onRemove }) {
  const id = idsOf(z.key);
  const zone = need(id.zone);
  const input = need(id.input);
  const choose = need(id.choose);
  const take = z.multiple ? onFiles : (files) => onFiles(files[0]);
  acceptDrops(zone, take);
  zone.addEventListener('click', (e) => {
    if (e.target === input || e.target.closest('button')) { return; }
    input.click();
  });
  choose.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    if (input.files?.length) { take(Array.from(input.files)); }
    input.value = '';  // choosing the same file again still fires "change"
  });
  if (!z.large) {
    need(id.remove).addEventListener('click', () => {
      onRemove();
      choose.focus();
    });
  }
  const show = z.multiple ? showMany(z, zone, choose) : z.large ? showOne(z, zone, choose) : showMini(z, zone, choose);
  return { show, choose };
}

function showMany(z, zone, choose) {
  const title = need(idsOf(z.key).title);
  return (files) => {
    const any = Boolean(files?.length);
    zone.classList.toggle('has-files', any);
    title.textContent = any ? z.titleWithFiles : z.title;
    choose.textContent = chooseLabels(z)[any ? 1 : 0];
  };
}

function showOne(z, zone, choose) {
  const current = need(idsOf(z.key).current);
  return (file) => {
    zone.classList.toggle('has-file', Boolean(file));
    current.hidden = !file;
    choose.textContent = chooseLabels(z)[file ? 1 : 0];
    current.replaceChildren();
    if (file) { current.append(`${file.name} `, make('span', 'muted', `\u00b7 ${formatBytes(file.size)}`)); }
  };
}

function showMini(z, zone, choose) {
  const line = zone.querySelector('.mini-file');
  const name = zone.querySelector('.mini-name');
  const size = zone.querySelector('.mini-size');
  const remove = need(idsOf(z.key).remove);
  return (file) => {
    zone.classList.toggle('has-file', Boolean(file));
    zone.classList.toggle('is-missing', Boolean(z.required) && !file);
    line.hidden = !file;
    remove.hidden = !file;
    choose.textContent = chooseLabels(z)[file ? 1 : 0];
    name.textContent = file ? file.name : '';
    size.textContent = file ? `\u00b7 ${formatBytes(file.size)}` : '';
    line.title = file ? file.name : '';
  };
}
