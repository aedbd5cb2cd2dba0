/** Lines the frame around every view takes: the tab bar, two status lines, and one spare. */
export const CHROME = 4;

// Ink clears the whole screen on every frame once its output is as tall as the terminal, so the
// UI stays one line short of it.
export const bodyHeight = (rows: number): number => Math.max(8, rows - CHROME);

/** Lines under the Quotes and Speakers lists for the selected row's full text. */
export const PREVIEW_LINES = 5;

/** Rows left for a list with a one-line header and a preview pane. */
export const listHeight = (body: number): number => Math.max(3, body - 1 - PREVIEW_LINES);

/** The Conflicts view: the findings list takes up to a third of the body. */
export const findingListHeight = (body: number, total: number): number => Math.max(2, Math.min(total, Math.floor(body / 3)));

/** How many claim cards fit side by side. */
export const cardsPerRow = (width: number, claims: number): number => Math.max(1, Math.min(claims, Math.floor(width / 26)));
