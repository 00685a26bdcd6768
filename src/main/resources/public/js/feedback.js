/*
 * The status line and error box of a card: PREFIX + status, status-text, status-spinner, error,
 * error-title, error-detail. The pack card has "pack-", the single-job card "".
 */
import { need } from './dom.js';

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
    }
  };
}
