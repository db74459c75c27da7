/** What the site calls itself. Editors change this file, not the layout. */
export const siteConfig = {
  name: 'CIA and the Cartels',
  tagline: 'An explainer built from its sources',
  description:
    'A sourced explainer on the CIA’s Americas Counternarcotics Mission Center and the US campaign against Mexican drug cartels, with every claim linked to the passage it comes from.',
  language: 'en',
} as const;
