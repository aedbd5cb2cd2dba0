/**
 * A block's text as the page shows it, each character with its offset in the page source: runs of
 * white space collapsed to one space (or, inside <pre>, blanks before a line break and CRs dropped),
 * the ends trimmed. Walked by character code and copied in runs: a one-character string, a regex
 * test and two array pushes for every character of every page were ingest's largest cost on HTML.
 */

// What /\s/ matches, by code: white space and line terminators.
const isWhiteCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

// The blanks a <pre> line may end on before its line break.
const isBlankCode = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/**
 * `chars` collapsed; `offs[k]` is the source offset of `chars[k]`. Without `keepLines`, every run
 * of white space between words is one space (at its first character's offset); with it, blanks
 * stay except a run of them before a line break, CRs go, and leading line breaks go.
 */
export function collapseMapped(chars: string, offs: readonly number[], keepLines: boolean): { text: string; offsets: Int32Array } {
  const len = chars.length;
  const parts: string[] = [];
  const out = new Int32Array(len);
  let n = 0;
  const copy = (from: number, to: number) => {
    parts.push(chars.slice(from, to));
    for (let q = from; q < to; q++) out[n++] = offs[q];
  };
  let k = 0;
  while (k < len) {
    const c = chars.charCodeAt(k);
    let m = k + 1;
    if (keepLines) {
      if (isBlankCode(c)) {
        while (m < len && isBlankCode(chars.charCodeAt(m))) m++;
        if (chars.charCodeAt(m) !== 10) copy(k, m); // blanks before a line break go
      } else if (c !== 13) {
        while (m < len && !isBlankCode(chars.charCodeAt(m)) && chars.charCodeAt(m) !== 13) m++;
        copy(k, m);
      }
    } else if (isWhiteCode(c)) {
      while (m < len && isWhiteCode(chars.charCodeAt(m))) m++;
      // Runs are maximal, so what was written last is a word: one space, none before the first word.
      if (n > 0) {
        parts.push(" ");
        out[n++] = offs[k];
      }
    } else {
      while (m < len && !isWhiteCode(chars.charCodeAt(m))) m++;
      copy(k, m);
    }
    k = m;
  }
  const text = parts.join("");
  let s = 0;
  let e = n;
  if (keepLines) while (s < e && text.charCodeAt(s) === 10) s++;
  while (e > s && isWhiteCode(text.charCodeAt(e - 1))) e--;
  return { text: text.slice(s, e), offsets: out.slice(s, e) };
}
