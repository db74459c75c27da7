import { ui } from '../text/ui-text';
import { announce } from './announce';

/** The visible, selected URL field shown when the clipboard cannot be written. */
function showFallback(after: HTMLElement, text: string, what: string): void {
  after.parentElement?.querySelector(':scope > .copy-fallback')?.remove();
  const box = document.createElement('span');
  box.className = 'copy-fallback';
  const field = document.createElement('input');
  field.type = 'text';
  field.readOnly = true;
  field.value = text;
  field.setAttribute('aria-label', ui()(what === 'Link' ? 'copy.linkField' : 'copy.citationField'));
  field.size = Math.min(60, text.length);
  const hint = document.createElement('span');
  hint.className = 'copy-fallback-hint';
  hint.textContent = ui()(/Mac|iPhone|iPad/.test(navigator.platform) ? 'copy.hintMac' : 'copy.hintOther');
  box.append(field, hint);
  after.insertAdjacentElement('afterend', box);
  field.focus();
  field.select();
  const close = () => box.remove();
  field.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    close();
    after.focus();
  });
  field.addEventListener('blur', () => window.setTimeout(close, 200));
  announce(ui()(what === 'Link' ? 'copy.linkSelected' : 'copy.citationSelected', { hint: hint.textContent }));
}

/**
 * Shows `message` beside the button for a moment, laid over the page (nothing moves),
 * on the button's left instead when the right would run past the window.
 */
function flash(button: HTMLElement, message: string): void {
  button.querySelector(':scope > .copy-status')?.remove();
  const label = document.createElement('span');
  label.className = 'copy-status';
  label.setAttribute('aria-hidden', 'true');
  label.textContent = message;
  button.append(label);
  button.classList.add('is-copied');
  if (label.getBoundingClientRect().right > document.documentElement.clientWidth - 4)
    label.classList.add('copy-status-start');
  window.setTimeout(() => {
    button.classList.remove('is-copied');
    label.remove();
  }, 1600);
}

/**
 * Copies `text` (and `html`, where the browser takes rich text), announcing
 * "Link copied" (or whatever `what` is). Without the Clipboard API, or when it refuses, shows the text
 * selected in a field beside `button`, so the reader can copy it themselves.
 */
export async function copyText(
  button: HTMLElement,
  text: string,
  what: 'Link' | 'Citation',
  html?: string,
): Promise<void> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      if (html && typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
        await clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([text], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' }),
          }),
        ]);
      } else {
        await clipboard.writeText(text);
      }
      const copied = ui()(what === 'Link' ? 'copy.linkCopied' : 'copy.citationCopied');
      flash(button, copied);
      announce(copied);
      return;
    } catch {
      // Refused (no permission, page not focused): fall through to selecting it.
    }
  }
  showFallback(button, text, what);
}
