/*
 * AR Workbench: the page's entry module. Native ES modules, no dependencies, no build step; the
 * server's CSP allows scripts from 'self' only, so there is no inline script or style anywhere.
 *
 *   jobs.js      the jobs and the one table of their file zones and fields (data only)
 *   zones.js     the drop zones drawn from that table, drag-and-drop and file pickers
 *   fields.js    a job's own form fields drawn from that table (the confirmations', in both cards)
 *   api.js       the HTTP API client and its errors
 *   pack.js      the month-end pack card; pack-files.js its file table
 *   single.js    the single-job card; form.js its parameters, inspect.js its "What we found" panel
 *   mapping.js   the column mapping table (both cards)
 *   results.js   the result panels and the download
 *   feedback.js  status line and error box;  dom.js, format.js  small helpers
 */
import { byIds, isPresent } from './dom.js';
import { mountZones, blockStrayDrops } from './zones.js';
import { mountFields } from './fields.js';
import * as api from './api.js';
import { packCard } from './pack.js';
import { singleJobCard } from './single.js';

mountZones();
mountFields();
blockStrayDrops();
const pack = packCard();
const single = singleJobCard();

/* The profiles and the pack's sections come from the server, and with them the version in the footer. */
const { version } = byIds('version');
try {
  const health = await api.health();
  pack.setSections(health.packSections);
  single.setProfiles(health.profiles);
  version.textContent = isPresent(health.version) ? `v${health.version}` : '';
} catch (err) {
  version.textContent = '(service unavailable)';
  pack.showError(api.asApiError(err));
}
