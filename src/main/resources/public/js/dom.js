/*
 * Small DOM helpers. Everything that comes from a user file or the server goes in with textContent
 * (never innerHTML).
 */

export const $ = (id) => document.getElementById(id);

/** The element of this id; a missing one is an error, not a null that fails later. */
export function need(id) {
  const node = $(id);
  if (!node) { throw new Error(`The page has no #${id}.`); }
  return node;
}

/** The elements of these ids, keyed by the id in camel case ('pack-as-of' -> packAsOf). */
export function byIds(...ids) {
  return Object.fromEntries(ids.map((id) => [id.replace(/-([a-z])/g, (_, c) => c.toUpperCase()), need(id)]));
}

/** A new element; attrs are set as attributes (true: present and empty, false or null: left out). */
export function make(tag, className, text, attrs) {
  const node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined && text !== null) { node.textContent = String(text); }
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === true) { node.setAttribute(name, ''); }
    else if (value !== false && value !== null && value !== undefined) { node.setAttribute(name, String(value)); }
  }
  return node;
}

export const clear = (node) => node.replaceChildren();

export const isPresent = (value) => value !== undefined && value !== null && value !== '';

/** A label and its value (text or a node) into a <dl>; returns the <dd>. */
export function addFact(dl, label, value, id) {
  const dd = make('dd');
  if (id) { dd.id = id; }
  if (value instanceof Node) { dd.append(value); } else { dd.textContent = String(value); }
  dl.append(make('dt', null, label), dd);
  return dd;
}

/** A table header cell for a column (th scope="col"). */
export function colHeader(text, className) {
  const th = make('th', className, text);
  th.scope = 'col';
  return th;
}

/** A table header cell for a row (th scope="row"). */
export function rowHeader(text, className) {
  const th = make('th', className, text);
  th.scope = 'row';
  return th;
}
