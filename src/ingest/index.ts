import { createHash } from "node:crypto";
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic, DocumentFormat, InputStatus, SourceDocument } from "../model/index.js";
import { makeArticle } from "./article.js";

export const MAX_BYTES = 50 * 1024 * 1024;

export type LoadOptions = {
  readonly maxBytes?: number;
  /** Read "-" from here (tests pass a buffer). */
  readonly stdin?: () => Promise<Buffer>;
};

export type LoadResult = {
  documents: SourceDocument[];
  inputs: InputStatus[];
  diagnostics: Diagnostic[];
};

const fail = (path: string, reason: string, ruleId: string): Diagnostic => ({
  reason,
  documentId: path,
  ruleId: `ingest/${ruleId}`,
  stage: "ingest",
  severity: "error",
});

export function formatOf(path: string): DocumentFormat | null {
  const ext = path.toLowerCase().replace(/^.*\./, "");
  if (path === "-" || !path.includes(".")) return "text";
  if (ext === "txt" || ext === "text") return "text";
  if (ext === "md" || ext === "markdown") return "markdown";
  return null;
}

/** Parse one file's bytes into a document. Pure: no file access. */
export function parseDocument(id: string, bytes: Uint8Array): { document: SourceDocument; diagnostics: Diagnostic[] } {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  const format = formatOf(id) ?? "text";
  const article = makeArticle(id, 0, id.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "stdin", text, 0, text.length);
  return {
    document: {
      id,
      format,
      encoding: "utf-8",
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      text,
      articles: [article],
    },
    diagnostics: [],
  };
}

async function expand(path: string, out: string[]): Promise<void> {
  const s = await stat(path);
  if (s.isDirectory()) {
    const entries = (await readdir(path)).sort();
    for (const e of entries) if (!e.startsWith(".")) await expand(join(path, e), out);
  } else out.push(path);
}

/** Read paths (files, directories, "-") into documents; every input ends processed or skipped. */
export async function loadInputs(paths: readonly string[], opts: LoadOptions = {}): Promise<LoadResult> {
  const res: LoadResult = { documents: [], inputs: [], diagnostics: [] };
  const max = opts.maxBytes ?? MAX_BYTES;
  const files: string[] = [];
  for (const p of paths) {
    if (p === "-") {
      files.push(p);
      continue;
    }
    try {
      await expand(p, files);
    } catch (e) {
      const reason = `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
      res.inputs.push({ path: p, status: "skipped", reason });
      res.diagnostics.push(fail(p, reason, "unreadable"));
    }
  }
  for (const f of files) {
    try {
      const bytes = f === "-" ? await (opts.stdin ?? readStdin)() : await readFile(f);
      if (bytes.length > max) throw new Error(`file is ${bytes.length} bytes, over the ${max}-byte limit`);
      const { document, diagnostics } = parseDocument(f, bytes);
      res.documents.push(document);
      res.diagnostics.push(...diagnostics);
      res.inputs.push({ path: f, status: "processed", format: document.format, articles: document.articles.length });
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ? `cannot read: ${(e as NodeJS.ErrnoException).code}` : (e as Error).message;
      res.inputs.push({ path: f, status: "skipped", reason });
      res.diagnostics.push(fail(f, reason, "unreadable"));
    }
  }
  return res;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
