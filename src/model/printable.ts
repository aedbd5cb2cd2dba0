// C0 controls, DEL and the C1 controls: none belongs in a line shown on a terminal.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, "g");
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * `s` with each control character written as an escape ("\n", "\t", "\x1b"): a file name that holds
 * a line feed or a terminal escape ("bad\nname.txt", "\x1b[31mred.txt", as an archive from anywhere
 * may hold) stays on its one line of a message and does not drive the terminal. A string with none
 * is returned as it is.
 */
export function printable(s: string): string {
  if (!CONTROL.test(s)) return s;
  return s.replace(CONTROLS, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
