/** A Twitter handle after its "@": 1 to 15 letters, digits or underscores (Twitter's own rule). */
export const HANDLE_BODY = String.raw`[A-Za-z0-9_]{1,15}`;

const WHOLE_HANDLE = new RegExp(`^@${HANDLE_BODY}$`);

/** Whether the whole string is a handle with its "@" ("@realDonaldTrump"): an account, not a name. */
export const isHandle = (s: string): boolean => WHOLE_HANDLE.test(s);
