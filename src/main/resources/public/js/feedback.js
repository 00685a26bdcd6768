/*
 * The status line and error box of a card: PREFIX + status, status-text, status-spinner, error,
 * error-title, error-detail. The pack card has "pack-", the single-job card "".
 */
import { need } from './dom.js';
import { asApiError } from './api.js';

export function feedback(prefix) {
  const [status, text, spinner, box, title, detail] = ['status', 'status-text', 'status-spinner', 'error',
    'error-title', 'error-detail'].map((id) => need(prefix + id));
  return {
    setStatus(message, busy) {
      text.textContent = message || '';
      spinner.hidden = !busy;
      status.classList.toggle('is-active', Boolean(message) || Boolean(busy));
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
     * label() back and setBuilding(false).
     */
    async build({ button, message, label, setBuilding }, work) {
      setBuilding(true);
      button.classList.add('is-busy');
      button.textContent = 'Building\u2026';
      this.clearError();
      this.setStatus(message, true);
      try {
        await work();
      } catch (err) {
        this.setStatus('', false);
        this.showError(asApiError(err));
      } finally {
        button.classList.remove('is-busy');
        button.textContent = label();
        setBuilding(false);
      }
    }
  };
}
