import type { Article } from "../model/index.js";
import type { FileResult } from "../pipeline/pool.js";
import { packOffsets, unpackOffsets } from "./offsets.js";

type Ok = Extract<FileResult, { ok: true }>;

/**
 * A result with its articles' source offsets packed into runs (one Int32 a character otherwise:
 * most of the bytes), as the cache stores it.
 */
export type PackedResult = {
  readonly result: Ok;
  readonly offsets: readonly (Int32Array | null)[];
  /**
   * Articles whose text is the whole document text (a plain-text file is one such article): their
   * text is sent as "" and restored, since a clone copies every string however often it appears.
   */
  readonly wholeText?: readonly boolean[];
};

export function packResult(r: Ok): PackedResult {
  const docText = r.document.text;
  const offsets = r.document.articles.map((a) => (a.sourceOffsets ? packOffsets(a.sourceOffsets) : null));
  const wholeText = r.document.articles.map((a) => a.text.length > 0 && a.text === docText);
  const articles = r.document.articles.map((a, i) => ({ ...a, text: wholeText[i] ? "" : a.text, sourceOffsets: null }));
  return { result: { ...r, document: { ...r.document, articles } }, offsets, wholeText };
}

/** Undo packResult; null when `v` is not a packed result whose offsets fit its texts. */
export function unpackResult(v: unknown): Ok | null {
  if (typeof v !== "object" || v === null) return null;
  const { result: r, offsets, wholeText } = v as Partial<PackedResult>;
  if (typeof r !== "object" || r === null || r.ok !== true || !Array.isArray(offsets) || !Array.isArray(r.diagnostics)) return null;
  const arts = r.document?.articles;
  if (!Array.isArray(arts) || typeof r.document.text !== "string" || offsets.length !== arts.length) return null;
  if (wholeText !== undefined && !(Array.isArray(wholeText) && wholeText.length === arts.length)) return null;
  if (!arts.every((a) => typeof a === "object" && a !== null && typeof a.text === "string" && typeof a.id === "string")) return null;
  if (r.perArticle !== null && !(Array.isArray(r.perArticle) && r.perArticle.length === arts.length)) return null;
  const articles: Article[] = [];
  for (const [i, a] of arts.entries()) {
    const whole = wholeText?.[i] === true;
    if (whole && a.text !== "") return null;
    const text = whole ? r.document.text : a.text;
    const packed = offsets[i];
    const sourceOffsets = packed instanceof Int32Array ? unpackOffsets(packed) : null;
    if (sourceOffsets && sourceOffsets.length !== text.length + 1) return null;
    articles.push({ ...a, text, sourceOffsets });
  }
  return { ...r, document: { ...r.document, articles } };
}
