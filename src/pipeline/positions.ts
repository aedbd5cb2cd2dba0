import { makeLocator } from "../check/locate.js";
import { hasSoftBreaks, sourceWords } from "../check/source-words.js";
import { lineCol, lineColAmong, lineStarts, type Article, type Diagnostic, type Quote, type SourceDocument } from "../model/index.js";

/**
 * Gives each diagnostic that has a span its line and column in the decoded file, so every output
 * (report, JSON, stderr) can print `file:line:col` without carrying the file's text. Article spans
 * are led back through the article's offset map; a document-level span is already in the file.
 */
export function placeDiagnostics(
  documents: readonly SourceDocument[],
  articles: readonly Article[],
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const locate = makeLocator(byId, texts);
  return diagnostics.map((d) => {
    if (!d.span || d.line !== undefined) return d;
    let place: { line: number | null; column: number | null };
    if (d.articleId) place = locate({ documentId: d.documentId, articleId: d.articleId, span: d.span });
    else {
      const text = texts.get(d.documentId);
      if (text === undefined) return d;
      place = lineCol(text, d.span.start);
    }
    return place.line === null || place.column === null ? d : { ...d, line: place.line, column: place.column };
  });
}

/**
 * Where an HTML article's words stand in its page (such an article is rebuilt from markup and
 * keeps no offset map). Its quotes are looked for in order, each from where the one before it was
 * found, so a line repeated down the page is placed at each of its own places, not all at the
 * first; and every search is paid from one budget a document (32 times its length and 1 MB), so a page
 * of thousands of quotes whose words cannot be found stays linear: past the budget, quotes are
 * left unplaced.
 */
type Finder = (article: Article, start: number, end: number) => number | null;
function pageFinder(text: string): Finder {
  let budget = 32 * text.length + 1_048_576;
  const soft = hasSoftBreaks(text);
  const from = new Map<string, number>();
  return (article, start, end) => {
    if (budget <= 0) return null;
    const words = article.text.slice(start, end);
    const cursor = from.get(article.id) ?? 0;
    const found = (at: number, len: number) => (from.set(article.id, at + len), at);
    if (words.length >= 4) {
      for (const origin of cursor > 0 ? [cursor, 0] : [0]) {
        const at = text.indexOf(words, origin);
        budget -= at >= 0 ? at - origin + words.length : text.length - origin;
        if (at >= 0) return found(at, words.length);
        if (budget <= 0) return null;
      }
    }
    // As check finds them (source-words.ts): the words as the file writes them, before ingest
    // decoded and repaired them, entities, tags and escapes between them; the precheck's scan is paid too.
    const search = sourceWords(words, soft);
    if (!search) return null;
    const re = search.pattern;
    for (const origin of cursor > 0 ? [cursor, 0] : [0]) {
      const hint = text.indexOf(search.needle, origin);
      budget -= hint >= 0 ? hint - origin + search.needle.length : text.length - origin;
      if (budget <= 0) return null;
      if (hint < 0) continue;
      re.lastIndex = origin;
      const m = re.exec(text);
      budget -= m ? m.index - origin + m[0].length : text.length - origin;
      if (m) return found(m.index, m[0].length);
      if (budget <= 0) return null;
    }
    return null;
  };
}

/**
 * Gives each quote the line and column of its first word in the decoded file, as diagnostics have
 * theirs: a report read back from the cache has no file text, and a fact-checker wants
 * `file:line:col` there too. Through the article's offset map; an HTML article's words are looked
 * for in the page (pageFinder). A quote that cannot be placed is left without.
 */
export function placeQuotes(documents: readonly SourceDocument[], articles: readonly Article[], quotes: readonly Quote[]): Quote[] {
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const starts = new Map<string, number[]>();
  const finders = new Map<string, Finder>();
  return quotes.map((q) => {
    if (q.line !== undefined) return q;
    const text = texts.get(q.documentId);
    const article = byId.get(q.articleId);
    if (text === undefined || !article) return q;
    const so = article.sourceOffsets;
    let at: number | null = null;
    if (so) at = q.span.start < so.length ? so[q.span.start] : null;
    else {
      let find = finders.get(q.documentId);
      if (!find) finders.set(q.documentId, (find = pageFinder(text)));
      at = find(article, q.span.start, q.span.end);
    }
    if (at === null) return q;
    let lines = starts.get(q.documentId);
    if (!lines) starts.set(q.documentId, (lines = lineStarts(text)));
    const { line, column } = lineColAmong(lines, Math.min(at, text.length));
    return withPlace(q, line, column);
  });
}

/** A quote's keys in the order attribution writes them (model/quote.ts), before `line` and `column`. */
const QUOTE_KEYS: readonly (keyof Quote)[] = [
  "id", "documentId", "articleId", "kind", "text", "span", "truncated", "speaker", "speakerType", "role", "mention",
  "mentionSpan", "cue", "cueSpan", "toOutlet", "medium", "spokenOn", "ruleId", "reason",
];

/** Whether `q` has exactly QUOTE_KEYS, in that order (a for-in, so no key array is made a quote). */
function hasQuoteKeys(q: Quote): boolean {
  let i = 0;
  for (const k in q) if (k !== QUOTE_KEYS[i++]) return false;
  return i === QUOTE_KEYS.length;
}

/**
 * The quote with its line and column: `{ ...q, line, column }` as one object literal. V8 gives an
 * object spread into a literal that then gains keys a hidden class of its own (a map and a
 * descriptor array, some 600 bytes a quote: 13 maps for 17,646 quotes of a dense 1 MB story), and
 * Object.assign onto {} keeps most keys out of the object (a properties array, some 700 bytes);
 * a literal gives every placed quote one shape, its keys in the object. A quote with other keys
 * (none is made so today) is spread as before. Same keys in the same order: the same output.
 */
function withPlace(q: Quote, line: number, column: number): Quote {
  if (!hasQuoteKeys(q)) return { ...q, line, column };
  return {
    id: q.id,
    documentId: q.documentId,
    articleId: q.articleId,
    kind: q.kind,
    text: q.text,
    span: q.span,
    truncated: q.truncated,
    speaker: q.speaker,
    speakerType: q.speakerType,
    role: q.role,
    mention: q.mention,
    mentionSpan: q.mentionSpan,
    cue: q.cue,
    cueSpan: q.cueSpan,
    toOutlet: q.toOutlet,
    medium: q.medium,
    spokenOn: q.spokenOn,
    ruleId: q.ruleId,
    reason: q.reason,
    line,
    column,
  };
}
