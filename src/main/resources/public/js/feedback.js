/*
 * The status line and error box of a card: PREFIX + status, status-text, status-spinner, error,
 * error-title, error-detail, and a build's progress in the status line: status-progress (status-bar, a
 * <progress> for the upload; status-phase, announced when it changes; status-count, the running figures, shown
 * but not announced every time they tick). The pack card has "pack-", the single-job card "".
 */
import { need } from './dom.js';
import { formatCount } from './format.js';
import { asApiError } from './api.js';

/* "reading rows" -> "Reading rows" */
const sentence = (s) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : '');

export function feedback(prefix) {
  const [status, text, spinner, box, title, detail, progress, bar, phase, count] = ['status', 'status-text',
    'status-spinner', 'error', 'error-title', 'error-detail', 'status-progress', 'status-bar', 'status-phase',
    'status-count'].map((id) => need(prefix + id));
  const setText = (node, value) => {
    if (node.textContent !== value) { node.textContent = value; }  // an unchanged phase is not announced again
  };
  return {
    setStatus(message, busy) {
      text.textContent = message || '';
      spinner.hidden = !busy;
      status.classList.toggle('is-active', Boolean(message) || Boolean(busy));
    },
    /**
     * A build's progress (api.js's onProgress): "Uploading 45 %" with the bar while the files go up, then the
     * server's phase, rows and seconds ("Reading rows · 350,000 rows · 12 s").
     */
    showProgress(p) {
      progress.hidden = false;
      if (p.stage === 'upload') {
        bar.hidden = false;
        bar.value = p.percent;
        setText(phase, 'Uploading');
        setText(count, ` ${p.percent} %`);
        return;
      }
      bar.hidden = true;
      if (!p.phase) {
        setText(phase, 'Uploaded, working on it');
        setText(count, '');
        return;
      }
      setText(phase, sentence(p.phase));
      const parts = [];
      if (p.rows > 0) { parts.push(`${formatCount(p.rows)} rows`); }
      parts.push(`${Math.floor(p.seconds)} s`);
      setText(count, ` \u00b7 ${parts.join(' \u00b7 ')}`);
    },
    clearProgress() {
      progress.hidden = true;
      bar.hidden = true;
      bar.value = 0;
      phase.textContent = '';
      count.textContent = '';
    },
    showError(err) {
      title.textContent = err.title || 'Something went wrong';
      detail.textContent = err.detail || '';
      box.hidden = false;
      const rect = box.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > window.innerHeight) {
        box.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
    },
    clearError() {
      box.hidden = true;
      title.textContent = '';
      detail.textContent = '';
    },
    /**
     * Runs a build: setBuilding(true) (the card holds its build button back), the button busy and the
     * status spinning with message while work() runs; its error shown in the box; then the button's
     * label() back and setBuilding(false). work(onProgress) passes onProgress to the API call, which shows the
     * upload and the server's progress; the progress goes away when the build ends, however it ends.
     */
    async build({ button, message, label, setBuilding }, work) {
      setBuilding(true);
      button.classList.add('is-busy');
      button.textContent = 'Building\u2026';
      this.clearError();
      this.clearProgress();
      this.setStatus(message, true);
      try {
        await work((p) => this.showProgress(p));
      } catch (err) {
        this.setStatus('', false);
        this.showError(asApiError(err));
      } finally {
        this.clearProgress();
        button.classList.remove('is-busy');
        button.textContent = label();
        setBuilding(false);
      }
    }
  };
}
