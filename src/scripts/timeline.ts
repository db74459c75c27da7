import { ExplainerTimeline } from './timeline/timeline-element';

// The chart and the list work without this; it adds zoom, filters, details and keys.
if (!customElements.get('explainer-timeline')) customElements.define('explainer-timeline', ExplainerTimeline);
