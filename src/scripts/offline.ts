import { count } from '../lib/site/count';
import { cachePrefix, type WorkerMessage } from './offline/protocol';

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

const files = (n: number) => count(n, 'file');

function onMessage(message: WorkerMessage) {
  if (message.type === 'offline-progress') {
    show(`Saving for offline reading: ${message.done} of ${files(message.total)}…`, 'busy');
  } else if (message.type === 'offline-failed') {
    show(`Could not save the site (${message.error}). Check your connection and try again.`, 'failed');
  } else if (message.type === 'offline-ready') {
    askStatus();
  } else if (message.type === 'offline-status') {
    // Only what the cache really holds counts as available offline.
    if (message.cached >= message.total) {
      show(`Available offline: this browser has saved all ${files(message.total)} of the site.`, 'ready');
    } else {
      show(
        `Saved copy incomplete: ${message.cached} of ${files(message.total)}. Save again to finish.`,
        'idle',
      );
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
      show('Could not save the site. Check your connection and try again.', 'failed');
    }
  });
}

/** Says on the button how much saving takes (over http only: pages opened from disk fetch nothing). */
async function describeSize(button: HTMLButtonElement) {
  try {
    const response = await fetch(new URL('offline.json', root));
    const { files: total, bytes } = (await response.json()) as { files: number; bytes: number };
    const size =
      bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
    button.textContent = `Save for offline reading in this browser (${files(total)}, ${size})`;
  } catch {
    // Without the figures the button still works.
  }
}

async function start() {
  if (!box || !controls || !save || !remove) return;
  if (location.protocol === 'file:') {
    box.dataset.offlineState = 'file';
    if (status)
      status.textContent = 'You are reading a copy stored on this device: it works without a connection.';
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
    show('Saving for offline reading…', 'busy');
    try {
      const registration = await navigator.serviceWorker.register(workerUrl.href, { scope: root.href });
      watch(registration.installing);
      if (!registration.installing && !registration.waiting) await askStatus();
    } catch (error) {
      show(`Could not save the site (${(error as Error).message}).`, 'failed');
    }
  });
  remove.addEventListener('click', async () => {
    const registration = await navigator.serviceWorker.getRegistration(root.href);
    await registration?.unregister();
    for (const name of await caches.keys()) {
      if (name.startsWith(cachePrefix(root.href))) await caches.delete(name);
    }
    show('Removed: this browser no longer keeps a copy of the site.', 'idle');
  });
  const registration = await navigator.serviceWorker.getRegistration(root.href);
  if (!registration) return show('', 'idle');
  if (registration.installing) {
    show('Updating the saved copy…', 'busy');
    watch(registration.installing);
  }
  registration.addEventListener('updatefound', () => {
    show('Updating the saved copy to the latest version…', 'busy');
    watch(registration.installing);
  });
  if (registration.active) await askStatus();
}

start();
