/** Where editors' content lives, relative to the project. Tests point it at fixture content; editors never need to. */
export const contentDir = process.env.EXPLAINER_CONTENT_DIR ?? 'content';
