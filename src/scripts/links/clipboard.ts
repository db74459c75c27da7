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

function flash(button: HTMLElement): void {
  button.classList.add('is-copied');
  window.setTimeout(() => button.classList.remove('is-copied'), 1600);
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
      flash(button);
      announce(ui()(what === 'Link' ? 'copy.linkCopied' : 'copy.citationCopied'));
      return;
    } catch {
      // Refused (no permission, page not focused): fall through to selecting it.
    }
  }
  showFallback(button, text, what);
}
