import type { CitableWork } from '../../lib/cite/cite-formats';
import { revealView, sameSpan } from '../../lib/timeline/reveal-view';
import {
  clampDomain,
  type Domain,
  fullDomain,
  initialView,
  linearTimeScale,
  MIN_SPAN,
  zoomDomain,
} from '../../lib/timeline/timeline-scale';
import { buildScene, type Scene, sceneScale } from '../../lib/timeline/timeline-scene';
import { ui } from '../text/ui-text';
import { Details } from './details';
import { applyToList, clearFilters, matches, readFilters } from './filters';
import { attachGestures } from './gestures';
import { type ChartKeys, handleKey } from './keys';
import { listFocus } from './list-focus';
import { type Entry, readEntries } from './read-entries';
import { renderScene } from './render-scene';
import { animate } from './view-animation';

/**
 * `<explainer-timeline>`: the build has drawn the chart and written the list;
 * this adds zoom and pan, filters, the details panel, keyboard navigation and
 * deep links. The chart is redrawn from the same pure layout the build uses.
 */
export class ExplainerTimeline extends HTMLElement implements ChartKeys {
  entries: Entry[] = [];
  shown: Entry[] = [];
  current: Entry | undefined;
  private full: Domain = [0, 1];
  private view: Domain = [0, 1];
  private scene: Scene | undefined;
  private minRows = { dated: 0, pending: 0 };
  private frame = 0;
  private viewport!: HTMLElement;
  private details!: Details;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    // The page opened on the view its CSS shows for this width (the list on a phone): keep it.
    const chart = this.querySelector('.tl-chart');
    const opened = chart && getComputedStyle(chart).display === 'none' ? 'list' : 'chart';
    this.dataset.ready = 'true';
    this.entries = readEntries(this);
    this.shown = this.entries;
    this.full = fullDomain(this.entries.map((e) => e.item));
    this.view = initialView(
      this.entries.map((e) => e.item),
      this.full,
    );
    this.viewport = this.querySelector('.tl-viewport') as HTMLElement;
    this.details = new Details(
      this.querySelector('.tl-details') as HTMLElement,
      readSources(this.dataset.citeSources),
    );
    this.listen();
    this.setView(opened);
    this.applyFilters();
    // After load: the browser's own jump to the #fragment would otherwise take the focus back.
    if (document.readyState === 'complete') this.showHash();
    else window.addEventListener('load', () => this.showHash(), { once: true });
    // Scripts that load later (copy-link buttons) add controls to the list; they follow the view too.
    const list = this.querySelector('.tl-list');
    if (list) {
      new MutationObserver(() => listFocus(this, this.dataset.view === 'chart')).observe(list, {
        childList: true,
        subtree: true,
      });
    }
  }

  private listen(): void {
    attachGestures(this.viewport, {
      zoom: (factor, x) => this.zoomAt(factor, x),
      pan: (dx) => {
        const [left, right] = sceneScale(this.width(), this.view, linearTimeScale).range() as [
          number,
          number,
        ];
        this.setDomain(this.view, (-dx * (this.view[1] - this.view[0])) / (right - left));
      },
    });
    this.viewport.addEventListener('click', (e) => {
      const mark = (e.target as Element).closest('a.tl-node');
      if (!mark) return;
      e.preventDefault();
      const node = this.scene?.nodes[Number(mark.getAttribute('data-node'))];
      if (!node) return;
      // A cluster zooms in; events with the same dates never come apart, so open the first.
      if (node.items.length > 1 && !sameSpan(node.items)) {
        const pad = Math.max((node.end - node.start) * 0.15, MIN_SPAN);
        animate(this.view, [node.start - pad, node.end + pad], (d) => this.setDomain(d));
      } else {
        this.select(this.shown.find((s) => s.item.id === node.items[0]?.id));
        this.openCurrent();
      }
    });
    this.viewport.addEventListener('keydown', (e) => handleKey(e, this));
    this.viewport.addEventListener('focus', () => {
      if (!this.current) this.select(this.shown.find((s) => this.inView(s)) ?? this.shown[0]);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-view]')) {
      button.addEventListener('click', () => this.setView(button.dataset.view === 'list' ? 'list' : 'chart'));
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        const kind = button.dataset.zoom;
        if (kind === 'all') animate(this.view, this.full, (d) => this.setDomain(d));
        else this.zoomBy(kind === 'in' ? 2 : 0.5);
      });
    }
    this.querySelector('[data-close]')?.addEventListener('click', () => this.closeDetails());
    for (const select of this.querySelectorAll('select[data-filter]')) {
      select.addEventListener('change', () => this.applyFilters());
    }
    window.addEventListener('hashchange', () => this.showHash());
    new ResizeObserver(() => this.draw()).observe(this.viewport);
  }

  private width(): number {
    return Math.max(300, Math.floor(this.viewport.clientWidth));
  }

  private inView(entry: Entry): boolean {
    return entry.item.end > this.view[0] && entry.item.start < this.view[1];
  }

  private setDomain(domain: Domain, shift = 0): void {
    this.view = clampDomain(domain, this.full, shift);
    this.requestDraw();
  }

  private zoomAt(factor: number, x: number): void {
    const at = sceneScale(this.width(), this.view, linearTimeScale).invert(x).getTime();
    this.setDomain(zoomDomain(this.view, this.full, factor, at));
  }

  zoomBy(factor: number): void {
    const item = this.current && this.inView(this.current) ? this.current.item : undefined;
    const at = item ? (item.start + item.end) / 2 : (this.view[0] + this.view[1]) / 2;
    animate(this.view, zoomDomain(this.view, this.full, factor, at), (d) => this.setDomain(d));
  }

  private requestDraw(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
  }

  draw(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.dataset.view !== 'chart') return;
    this.scene = buildScene(
      this.shown.map((e) => e.item),
      {
        width: this.width(),
        view: this.view,
        scale: linearTimeScale,
        locale: document.documentElement.lang || 'en',
        pendingLabel: ui()('timeline.pendingLane'),
        minRows: this.minRows,
        current: this.current?.item.id,
      },
    );
    this.minRows = this.scene.rows;
    renderScene(this.viewport, this.scene.svg);
  }

  setView(view: 'chart' | 'list'): void {
    this.dataset.view = view;
    for (const b of this.querySelectorAll('button[data-view]')) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-view') === view));
    }
    // In chart view the list is still what screen readers read, so it is hidden only from sight.
    this.querySelector('.tl-list')?.classList.toggle('visually-hidden', view === 'chart');
    listFocus(this, view === 'chart');
    this.draw();
  }

  private applyFilters(): void {
    const filters = readFilters(this);
    this.shown = this.entries.filter((e) => matches(e, filters));
    applyToList(this, this.entries, new Set(this.shown));
    if (this.current && !this.shown.includes(this.current)) {
      this.current = undefined;
      this.closeDetails();
    }
    this.minRows = { dated: 0, pending: 0 };
    this.draw();
  }

  first(): void {
    this.select(this.shown[0]);
  }

  last(): void {
    this.select(this.shown.at(-1));
  }

  step(delta: number): void {
    const index = this.current ? this.shown.indexOf(this.current) : -1;
    this.select(this.shown[Math.min(Math.max(index + delta, 0), this.shown.length - 1)]);
  }

  /** Makes an entry the current one: the chart moves to show it, and a screen reader hears it. */
  select(entry: Entry | undefined): void {
    if (!entry) return;
    this.current = entry;
    if (!this.inView(entry)) {
      const half = (this.view[1] - this.view[0]) / 2;
      const mid = (entry.item.start + entry.item.end) / 2;
      this.setDomain([mid - half, mid + half]);
    }
    if (this.details.openId) {
      this.details.show(entry);
      history.replaceState(null, '', `#${entry.item.id}`);
    }
    const node = this.scene?.nodes.find((n) => n.items.some((i) => i.id === entry.item.id));
    const count = node?.items.length ?? 1;
    const group =
      count === 1
        ? ''
        : sameSpan(node?.items ?? [])
          ? ui()('timeline.sameDates', { n: count })
          : ui()('timeline.inGroup', { n: count });
    const position = ui()('timeline.position', {
      n: this.shown.indexOf(entry) + 1,
      total: this.shown.length,
    });
    this.announce(`${entry.item.when}: ${entry.item.label}. ${position}.${group}`);
    this.draw();
  }

  openCurrent(): void {
    if (!this.current) return;
    this.details.show(this.current);
    history.replaceState(null, '', `#${this.current.item.id}`);
    // Under the chart, next to the mark: scrolled just enough to be read whole.
    this.details.panel.scrollIntoView({ block: 'nearest' });
  }

  closeDetails(): void {
    if (!this.details.openId) return;
    this.details.hide();
    if (this.dataset.view === 'chart') this.viewport.focus({ preventScroll: true });
  }

  private announce(text: string): void {
    const region = this.querySelector('.tl-announce');
    if (region) region.textContent = text;
  }

  /** `#event-…`: scroll to the event, focus it and open its details, whatever the filters. */
  private showHash(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    let entry = this.entries.find((e) => e.item.id === id);
    if (!entry) return;
    if (!this.shown.includes(entry)) {
      clearFilters(this);
      this.applyFilters();
    }
    entry = this.shown.find((e) => e.item.id === id) as Entry;
    if (this.dataset.view === 'list') {
      entry.el.tabIndex = -1;
      entry.el.focus();
      return;
    }
    this.view = revealView(
      this.shown.map((e) => e.item),
      id,
      this.full,
      { width: this.width(), view: this.view, scale: linearTimeScale },
    );
    this.select(entry);
    this.details.show(entry);
    this.viewport.focus({ preventScroll: true });
    this.querySelector('.tl-chart')?.scrollIntoView({ block: 'start' });
  }
}

function readSources(json: string | undefined): Record<string, CitableWork> {
  try {
    return json ? (JSON.parse(json) as Record<string, CitableWork>) : {};
  } catch {
    return {};
  }
}
