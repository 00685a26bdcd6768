/*
 * A job's own form fields, drawn from FIELDS (jobs.js): each placeholder <div data-fields="JOB"> is replaced
 * by the job's fields, their ids prefixed with its data-prefix (the pack card's "pack-"), so the single-job
 * card and the pack card show the same fields from one declaration.
 */
import { make } from './dom.js';
import { FIELDS } from './jobs.js';

/** Replaces every [data-fields] placeholder below root with its job's fields. */
export function mountFields(root = document) {
  for (const mount of root.querySelectorAll('[data-fields]')) {
    const fields = FIELDS[mount.dataset.fields];
    if (!fields) { throw new Error(`No fields for the job "${mount.dataset.fields}".`); }
    const prefix = mount.dataset.prefix || '';
    mount.replaceWith(...fields.map((f) => field(f, prefix)));
  }
}

/** The element id of a field under a prefix: 'pack-' + 'key-items'. */
export const fieldId = (f, prefix = '') => `${prefix}${f.id}`;

/** The trimmed values of fields under a prefix, by their names ({keyItems: '40000', ...}). */
export function fieldValues(fields, prefix = '') {
  return Object.fromEntries(fields.map((f) => [f.name, document.getElementById(fieldId(f, prefix)).value.trim()]));
}

function field(f, prefix) {
  const id = fieldId(f, prefix);
  const wrap = make('div', 'field');
  const label = make('label', null, f.label, { for: id });
  if (f.optional) { label.append(' ', make('span', 'label-optional', '(optional)')); }
  wrap.append(label);
  if (f.choices) {
    const select = make('select', null, null, { id, name: f.name });
    for (const [value, text, selected] of f.choices) {
      select.append(make('option', null, text, { value, selected: Boolean(selected) }));
    }
    wrap.append(select);
  } else {
    wrap.append(make('input', null, null, {
      type: 'text', id, name: f.name, inputmode: f.inputmode, autocomplete: 'off', spellcheck: 'false',
      placeholder: f.placeholder, 'aria-describedby': f.help ? `${id}-help` : null
    }));
  }
  if (f.help) { wrap.append(make('p', 'help', f.help, { id: `${id}-help` })); }
  return wrap;
}
