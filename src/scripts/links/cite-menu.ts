import {
  CITE_STYLES,
  type CitableWork,
  type CiteSegment,
  citationText,
  formatCitation,
} from '../../lib/cite/cite-formats';
import { ui } from '../text/ui-text';
import { copyText } from './clipboard';

const TEXT = {
  cite: 'Cite',
  citeLabel: (what: string) => `Cite ${what}`,
  copy: (style: string) => `Copy ${style} citation`,
};

function citationElement(segments: CiteSegment[]): HTMLElement {
  const p = document.createElement('p');
  p.className = 'cite-text';
  for (const s of segments)
    p.append(s.italic ? Object.assign(document.createElement('i'), { textContent: s.text }) : s.text);
  return p;
}

/** The citations of one passage or event in every style, each with its copy button. */
function citePanel(work: CitableWork, today: string): HTMLElement {
  const panel = document.createElement('div');
  panel.className = 'cite-menu';
  for (const style of CITE_STYLES) {
    const segments = formatCitation(style.id, work, today, ui(), document.documentElement.lang || 'en');
    const group = document.createElement('div');
    group.className = 'cite-style';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', style.label);
    const name = Object.assign(document.createElement('p'), {
      className: 'cite-style-name',
      textContent: style.label,
    });
    const text = citationElement(segments);
    const copy = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'cite-copy',
      textContent: TEXT.copy(style.label === 'Plain' ? 'plain' : style.label),
    });
    copy.addEventListener('click', () => copyText(copy, citationText(segments), 'Citation', text.innerHTML));
    group.append(name, text, copy);
    panel.append(group);
  }
  return panel;
}

/**
 * A "Cite" button that opens the citations of `work` below `after`'s parent row.
 * `what` names it for screen readers ("passage 4").
 */
export function citeButton(
  work: CitableWork,
  what: string,
  place: (panel: HTMLElement) => void,
): HTMLButtonElement {
  const button = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'cite-button',
    textContent: TEXT.cite,
  });
  button.setAttribute('aria-label', TEXT.citeLabel(what));
  button.setAttribute('aria-expanded', 'false');
  let panel: HTMLElement | undefined;
  button.addEventListener('click', () => {
    if (panel) {
      panel.remove();
      panel = undefined;
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    panel = citePanel(work, new Date().toISOString().slice(0, 10));
    panel.id = `cite-menu-${Math.random().toString(36).slice(2, 8)}`;
    button.setAttribute('aria-controls', panel.id);
    button.setAttribute('aria-expanded', 'true');
    place(panel);
  });
  return button;
}

/** The work a `data-cite-source` element describes, or nothing if its data is missing or unreadable. */
export function readCiteSource(el: Element | null): CitableWork | undefined {
  const json = el?.getAttribute('data-cite-source');
  if (!json) return undefined;
  try {
    return JSON.parse(json) as CitableWork;
  } catch {
    return undefined;
  }
}
