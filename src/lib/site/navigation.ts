import { site } from '../config/site';
import { paths } from './paths';

export interface NavItem {
  label: string;
  target: string;
  /** The first path segment of pages that belong to this item, for `aria-current`. */
  section: string;
}

/** The main navigation, in reading order. Each section adds its own line. */
export const navigation: NavItem[] = [
  { label: site.navigation.explainer, target: paths.explainer, section: 'explainer' },
  { label: site.navigation.entities, target: paths.entities, section: 'entities' },
  { label: site.navigation.timeline, target: paths.timeline, section: 'timeline' },
  { label: site.navigation.documents, target: paths.documents, section: 'documents' },
];

/** Which navigation item a page belongs to: `documents/x.html` and `documents.html` → `documents`. */
export function sectionOf(pathname: string): string {
  return pathname.replace(/^\/+/, '').split(/[/.]/)[0] ?? '';
}
