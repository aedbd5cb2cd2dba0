/**
 * HTML built only through `html\`...\``: every interpolated value is escaped unless it is itself
 * the result of `html`, so text from an article can never become markup.
 */
export type Html = { readonly __html: string };

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

// Characters HTML does not allow in text (C0 controls but tab, line feed and return; DEL; the C1
// range; NUL): the page would not parse cleanly and a reader would see nothing where the article
// has something. Each is shown as its control picture (␀ … ␟, ␡) or, for C1, as U+FFFD.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const controlPicture = (c: string): string => {
  const n = c.charCodeAt(0);
  return n < 0x20 ? String.fromCharCode(0x2400 + n) : n === 0x7f ? "\u2421" : "\ufffd";
};

// Explicit bidirectional formatting characters: embeddings and overrides (LRE RLE LRO RLO, closed by
// PDF) and isolates (LRI RLI FSI, closed by PDI).
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Closes the embeddings, overrides and isolates a text leaves open, so a stray right-to-left
 * override in a quote or a file name reverses that text alone and not the report's words after it
 * (the closing mark, the next field). Text without such characters is returned as it is.
 */
export function closeBidi(s: string): string {
  if (!BIDI_CONTROL.test(s)) return s;
  const open: ("e" | "i")[] = [];
  for (const c of s) {
    if (c >= "\u202a" && c <= "\u202e" && c !== "\u202c") open.push("e");
    else if (c >= "\u2066" && c <= "\u2068") open.push("i");
    // A PDF closes an embedding opened since the last open isolate, a PDI that isolate and all in it.
    else if (c === "\u202c") {
      if (open[open.length - 1] === "e") open.pop();
    } else if (c === "\u2069") {
      const at = open.lastIndexOf("i");
      if (at >= 0) open.length = at;
    }
  }
  return s + open.reverse().map((k) => (k === "e" ? "\u202c" : "\u2069")).join("");
}

export const escapeHtml = (s: string): string => closeBidi(s).replace(CONTROL, controlPicture).replace(/[&<>"']/g, (c) => ENTITIES[c]);

const isHtml = (v: unknown): v is Html => typeof v === "object" && v !== null && "__html" in v;

function render(v: unknown): string {
  if (v === null || v === undefined || v === false) return "";
  if (isHtml(v)) return v.__html;
  if (Array.isArray(v)) return v.map(render).join("");
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return { __html: out };
}
