import { cachePrefix, type WorkerMessage } from './offline/protocol';
import { ui } from './text/ui-text';

// The site root is one folder up from this script (scripts/offline.js), wherever the site is hosted.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const root = new URL('../', scriptUrl);
const workerUrl = new URL('sw.js', root);

const box = document.querySelector<HTMLElement>('[data-offline]');
const status = box?.querySelector<HTMLElement>('[data-offline-status]');
const save = box?.querySelector<HTMLButtonElement>('[data-offline-save]');
const remove = box?.querySelector<HTMLButtonElement>('[data-offline-remove]');
const controls = box?.querySelector<HTMLElement>('[data-offline-browser]');

function show(text: string, state: 'idle' | 'busy' | 'ready' | 'failed') {
  if (!status || !save || !remove || !box) return;
  status.textContent = text;
  box.dataset.offlineState = state;
  save.hidden = state === 'ready';
  save.disabled = state === 'busy';
  remove.hidden = state !== 'ready';
}

const t = ui();
const files = (n: number) => t.count(n, 'file');

function onMessage(message: WorkerMessage) {
  if (message.type === 'offline-progress') {
    show(t('offline.progress', { done: message.done, files: files(message.total) }), 'busy');
  } else if (message.type === 'offline-failed') {
    show(t('offline.failedBecause', { error: message.error }), 'failed');
  } else if (message.type === 'offline-ready') {
    askStatus();
  } else if (message.type === 'offline-status') {
    // Only what the cache really holds counts as available offline.
    if (message.cached >= message.total) {
      show(t('offline.ready', { files: files(message.total) }), 'ready');
    } else {
      show(t('offline.incomplete', { cached: message.cached, files: files(message.total) }), 'idle');
    }
  }
}

async function askStatus() {
  const registration = await navigator.serviceWorker.getRegistration(root.href);
  registration?.active?.postMessage({ type: 'offline-status' });
}

function watch(worker: ServiceWorker | null | undefined) {
  worker?.addEventListener('statechange', () => {
    if (worker.state === 'redundant' && box?.dataset.offlineState === 'busy') {
      show(t('offline.failed'), 'failed');
    }
  });
}

/** Says on the button how much saving takes (over http only: pages opened from disk fetch nothing). */
async function describeSize(button: HTMLButtonElement) {
  try {
    const response = await fetch(new URL('offline.json', root));
    const { files: total, bytes } = (await response.json()) as { files: number; bytes: number };
    const unit = (n: number, unit: string, digits: number) =>
      new Intl.NumberFormat(document.documentElement.lang || 'en', {
        style: 'unit',
        unit,
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      }).format(n);
    const size =
      bytes >= 1e6
        ? unit(bytes / 1e6, 'megabyte', 1)
        : unit(Math.max(1, Math.round(bytes / 1e3)), 'kilobyte', 0);
    button.textContent = t('offline.saveSized', { files: files(total), size });
  } catch {
    // Without the figures the button still works.
  }
}

async function start() {
  if (!box || !controls || !save || !remove) return;
  if (location.protocol === 'file:') {
    box.dataset.offlineState = 'file';
    if (status) status.textContent = t('offline.local');
    controls.hidden = false;
    save.hidden = true;
    return;
  }
  if (!('serviceWorker' in navigator) || !('caches' in window) || !window.isSecureContext) return;
  controls.hidden = false;
  describeSize(save);
  navigator.serviceWorker.addEventListener('message', (e) => onMessage(e.data as WorkerMessage));
  navigator.serviceWorker.startMessages();
  save.addEventListener('click', async () => {
    show(t('offline.saving'), 'busy');
    try {
      const registration = await navigator.serviceWorker.register(workerUrl.href, { scope: root.href });
      watch(registration.installing);
      if (!registration.installing && !registration.waiting) await askStatus();
    } catch (error) {
      show(t('offline.failedShort', { error: (error as Error).message }), 'failed');
    }
  });
  remove.addEventListener('click', async () => {
    const registration = await navigator.serviceWorker.getRegistration(root.href);
    await registration?.unregister();
    for (const name of await caches.keys()) {
      if (name.startsWith(cachePrefix(root.href))) await caches.delete(name);
    }
    show(t('offline.removed'), 'idle');
  });
  const registration = await navigator.serviceWorker.getRegistration(root.href);
  if (!registration) return show('', 'idle');
  if (registration.installing) {
    show(t('offline.updating'), 'busy');
    watch(registration.installing);
  }
  registration.addEventListener('updatefound', () => {
    show(t('offline.updatingLatest'), 'busy');
    watch(registration.installing);
  });
  if (registration.active) await askStatus();
}

start();
