/**
 * Deeply nested HTML, made shallow before the parse. htmlparser2 keeps its open elements in an array
 * it shifts and unshifts at the front, so every tag costs time in proportion to the depth: a 1 MB
 * page of 95,000 nested <div>s took 8-13 s in the parser alone, before collapseDeepChains (html.ts)
 * could see the tree. One linear pass here follows the nesting the way the parser will (void
 * elements, the closes an opening tag implies, raw text, comments) and, when a page nests past
 * DEPTH_LIMIT, blanks the tags past that depth with spaces of the same length: their text stays,
 * each character at its offset, and the parser never holds more than DEPTH_LIMIT open elements.
 */

/**
 * Real pages nest a few dozen elements deep (Lighthouse flags a page past 32; the 1,934 HTML pages at
 * hand, most of them generated documentation, nest at most 25): a page past 512 is hostile or broken,
 * and its deep structure no story's. collapseDeepChains (html.ts) still joins chains past 256.
 */
export const DEPTH_LIMIT = 512;

export type Flattened = {
  /** The page with the tags past DEPTH_LIMIT blanked: as long as the input, offsets unchanged. */
  readonly html: string;
  /** How deep the page nests, as the parser would have seen it. */
  readonly depth: number;
  /** Tags blanked (openings and their closings). */
  readonly tags: number;
  /** The depth past which they were. */
  readonly limit: number;
};

// htmlparser2's elements without content (Parser.js voidElements).
const VOID: ReadonlySet<string> = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
// Elements whose content is raw text up to their own closing tag (htmlparser2's Tokenizer).
const RAW_TEXT: ReadonlySet<string> = new Set(["script", "style", "title", "textarea", "xmp"]);
// Elements where "<x/>" closes itself (foreign content); HTML integration points end that.
const FOREIGN: ReadonlySet<string> = new Set(["svg", "math"]);
const INTEGRATION: ReadonlySet<string> = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

// htmlparser2's openImpliesClose: an opening tag closes these while they are the innermost open
// element (a <p> closes the <p> before it). Without it, a page of unclosed <p>s would count deep.
const P = ["p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["tr", ["tr", "th", "td"]],
      ["th", ["th"]],
      ["td", ["thead", "th", "td"]],
      ["body", ["head", "link", "script"]],
      ["li", ["li"]],
      ["option", ["option"]],
      ["optgroup", ["optgroup", "option"]],
      ["dd", ["dd", "dt"]],
      ["dt", ["dd", "dt"]],
      ["rt", ["rt", "rp"]],
      ["rp", ["rt", "rp"]],
      ["tbody", ["thead", "tbody"]],
      ["tfoot", ["thead", "tbody"]],
      ...["select", "input", "output", "button", "datalist", "textarea"].map((t) => [t, FORM]),
      ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"].map((t) => [t, P]),
    ] as [string, string[]][]
  ).map(([k, v]) => [k, new Set(v)]),
);

const isAlpha = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;
// Where a tag name ends, as htmlparser2 reads it: white space, "/" or ">".
const endsName = (c: number): boolean => c === 62 || c === 47 || c === 32 || (c >= 9 && c <= 13);

/** The index just past a tag's ">" (from `i`, after its name); a quoted value may hold ">". */
function tagEnd(html: string, i: number): number {
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62) return i + 1;
    i++;
    if (c !== 61 /* = */) continue;
    while (i < n && html.charCodeAt(i) <= 32) i++;
    const q = html.charCodeAt(i);
    if (q === 34 || q === 39) {
      const close = html.indexOf(q === 34 ? '"' : "'", i + 1);
      i = close < 0 ? n : close + 1;
    }
  }
  return n;
}

/** Where a tag name that starts at `i` ends. */
function nameEnd(html: string, i: number): number {
  while (i < html.length && !endsName(html.charCodeAt(i))) i++;
  return i;
}

/** A tag name in lower case, as the parser compares them; most are lower case already. */
function lower(html: string, from: number, to: number): string {
  const name = html.slice(from, to);
  for (let k = from; k < to; k++) {
    const c = html.charCodeAt(k);
    if (c >= 65 && c <= 90) return name.toLowerCase();
  }
  return name;
}

/** Past the closing tag of a raw-text element (`</script`…`>`, any case), or the end of the page. */
function rawTextEnd(html: string, from: number, name: string): number {
  let i = from;
  for (;;) {
    const j = html.indexOf("</", i);
    if (j < 0) return html.length;
    if (html.slice(j + 2, j + 2 + name.length).toLowerCase() === name && endsName(html.charCodeAt(j + 2 + name.length) || 62)) return tagEnd(html, j + 2 + name.length);
    i = j + 2;
  }
}

/**
 * Whether the page has more than `limit` opening tags, so it could nest past `limit`. The closing
 * tags are not subtracted: one with no open element to close ("</b>" after "<div>") would make a
 * bound a hostile page slips under. The full scan costs under 1% of reading a page.
 */
function enoughTags(html: string, limit: number): boolean {
  let n = 0;
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i + 1)) if (isAlpha(html.charCodeAt(i + 1)) && ++n > limit) return true;
  return false;
}

/**
 * The page with its tags past `limit` levels blanked, or null when it nests no deeper than that
 * (nearly every page: then nothing is copied). Linear in the page's length: each tag is looked at
 * once, and each element pushed and popped once.
 */
export function flattenDeep(html: string, limit = DEPTH_LIMIT): Flattened | null {
  if (!enoughTags(html, limit)) return null;
  const names: string[] = [];
  // Per open element: 1 = blanked, 2 = inside foreign content (<svg>, <math>).
  const flags: number[] = [];
  // How many of each name are open, so a closing tag with no opening one costs no search.
  const open = new Map<string, number>();
  // The start and end of each run of blanked tags, in order.
  const blanks: number[] = [];
  const blank = (from: number, to: number) => {
    tags++;
    if (blanks.length && blanks[blanks.length - 1] === from) blanks[blanks.length - 1] = to;
    else blanks.push(from, to);
  };
  let tags = 0;
  let depth = 0;
  const n = html.length;
  let i = html.indexOf("<");
  while (i >= 0 && i < n - 1) {
    const c = html.charCodeAt(i + 1);
    let next: number;
    if (c === 33 /* ! */) {
      const comment = html.startsWith("<!--", i);
      const end = comment ? html.indexOf("-->", i + 4) : html.indexOf(">", i + 2);
      next = end < 0 ? n : end + (comment ? 3 : 1);
    } else if (c === 63 /* ? */) {
      const end = html.indexOf(">", i + 2);
      next = end < 0 ? n : end + 1;
    } else if (c === 47 /* / */ && isAlpha(html.charCodeAt(i + 2))) {
      const k = nameEnd(html, i + 2);
      const name = lower(html, i + 2, k);
      next = tagEnd(html, k);
      if ((open.get(name) ?? 0) > 0 && !VOID.has(name)) {
        // Close the innermost open element of that name and every one inside it.
        for (;;) {
          const top = names.pop()!;
          const f = flags.pop()!;
          open.set(top, open.get(top)! - 1);
          if (top !== name) continue;
          if (f & 1) blank(i, next);
          break;
        }
      }
    } else if (isAlpha(c)) {
      const k = nameEnd(html, i + 1);
      const name = lower(html, i + 1, k);
      next = tagEnd(html, k);
      const implied = IMPLIES_CLOSE.get(name);
      if (implied) {
        while (names.length && implied.has(names[names.length - 1])) {
          const top = names.pop()!;
          flags.pop();
          open.set(top, open.get(top)! - 1);
        }
      }
      const inForeign = names.length > 0 && (flags[flags.length - 1] & 2) !== 0;
      const selfClosed = inForeign && html.charCodeAt(next - 2) === 47;
      if (RAW_TEXT.has(name)) {
        // Never blanked: its content would be read as the page's text.
        if (!selfClosed) next = rawTextEnd(html, next, name);
      } else if (!selfClosed && !VOID.has(name)) {
        const deep = names.length >= limit;
        if (deep) blank(i, next);
        const foreign = FOREIGN.has(name) || (inForeign && !INTEGRATION.has(name));
        names.push(name);
        flags.push((deep ? 1 : 0) | (foreign ? 2 : 0));
        open.set(name, (open.get(name) ?? 0) + 1);
        if (names.length > depth) depth = names.length;
      }
    } else next = i + 1;
    i = html.indexOf("<", next);
  }
  if (!blanks.length) return null;
  const parts: string[] = [];
  const spaces: string[] = [];
  let at = 0;
  for (let b = 0; b < blanks.length; b += 2) {
    const len = blanks[b + 1] - blanks[b];
    parts.push(html.slice(at, blanks[b]), (spaces[len] ??= " ".repeat(len)));
    at = blanks[b + 1];
  }
  parts.push(html.slice(at));
  return { html: parts.join(""), depth, tags, limit };
}

/** What a flattened page's diagnostic says: how deep it nested and what was done about it. */
export const deepHtmlNote = (f: Flattened): string =>
  `HTML nested ${f.depth.toLocaleString("en-US")} elements deep (real pages nest a few dozen): its ${f.tags.toLocaleString("en-US")} tags past depth ${f.limit} left out, their text kept`;
