// Kept apart from chart-items.ts: the browser's chart imports this, and must not pull in the schemas.
/** Ends the written date of an open-ended entry, in every language: “From the week of April 14, 2025 →”. */
export const OPEN_ENDED_MARK = '→';

/**
 * An open-ended item, read from its written date: the browser redraws the
 * chart from the list's text, so the mark must follow from what the list shows.
 */
export const isOpenEnded = (item: { when: string }) => item.when.endsWith(` ${OPEN_ENDED_MARK}`);
