// Placeholder proving the pipeline; replaced by copy-link behaviour.
document.documentElement.dataset.enhanced = 'true';
