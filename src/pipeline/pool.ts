import { availableParallelism } from "node:os";
import { parentPort, Worker } from "node:worker_threads";
import { IngestError, parseDocument } from "../ingest/index.js";
import type { Article, Diagnostic, Quote, SourceDocument, Stage } from "../model/index.js";
import { quotesOfArticle } from "./quotes.js";

/** One input file to parse and, at depth "quotes", to run extract + attribute on. */
export type FileJob = {
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly depth: "articles" | "quotes";
};

export type ArticleQuotes = { readonly quotes: readonly Quote[]; readonly diagnostics: readonly Diagnostic[] };

export type FileResult =
  | {
      readonly ok: true;
      readonly document: SourceDocument;
      readonly diagnostics: readonly Diagnostic[];
      /** Quotes per article, in `document.articles` order; null at depth "articles". */
      readonly perArticle: readonly ArticleQuotes[] | null;
    }
  | { readonly ok: false; readonly reason: string; readonly ruleId: string; readonly stage: Stage; readonly severity?: "error" | "info" };

export type FileHandler = (job: FileJob) => FileResult;

/** What a worker does with one file; the in-process path calls the same function. */
export const processFile: FileHandler = (job) => {
  let parsed;
  try {
    parsed = parseDocument(job.id, job.bytes);
  } catch (e) {
    if (e instanceof IngestError) return { ok: false, reason: e.message, ruleId: e.ruleId, stage: "ingest", severity: e.severity };
    return { ok: false, reason: `could not be parsed: ${messageOf(e)}`, ruleId: "ingest/parse-failed", stage: "ingest" };
  }
  const { document, diagnostics } = parsed;
  try {
    const perArticle = job.depth === "quotes" ? document.articles.map((a: Article) => quotesOfArticle(a)) : null;
    return { ok: true, document, diagnostics, perArticle };
  } catch (e) {
    return { ok: false, reason: `quote extraction failed: ${messageOf(e)}`, ruleId: "extract/crashed", stage: "extract" };
  }
};

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The result for a job whose worker died under it. */
export const workerFailure = (why: string): FileResult => ({
  ok: false,
  reason: `could not be analysed: worker failed (${why})`,
  ruleId: "pipeline/worker-failed",
  stage: "cli",
});

type Request = { readonly seq: number; readonly job: FileJob };
type Ok = Extract<FileResult, { ok: true }>;

/**
 * A result on its way back from a worker. Articles whose text is the whole document text (a
 * plain-text file is one such article) are sent with text "" and restored, since a clone copies a
 * string however often it appears. Source offsets (one Int32 a character) are not copied nor
 * packed into runs: their buffers are transferred, which moves them at no cost; packing and
 * unpacking them took about a tenth of the pool's time.
 */
type Reply = { readonly seq: number; readonly result: Exclude<FileResult, Ok> | { readonly ok: true; readonly sent: Ok; readonly wholeText: readonly boolean[] } };

function toReply(seq: number, result: FileResult): { reply: Reply; transfer: ArrayBuffer[] } {
  if (!result.ok) return { reply: { seq, result }, transfer: [] };
  const docText = result.document.text;
  const wholeText = result.document.articles.map((a) => a.text.length > 0 && a.text === docText);
  const articles = result.document.articles.map((a, i) => (wholeText[i] ? { ...a, text: "" } : a));
  const buffers = new Set<ArrayBuffer>();
  for (const a of articles) if (a.sourceOffsets && a.sourceOffsets.buffer instanceof ArrayBuffer) buffers.add(a.sourceOffsets.buffer);
  const sent: Ok = { ...result, document: { ...result.document, articles } };
  return { reply: { seq, result: { ok: true, sent, wholeText } }, transfer: [...buffers] };
}

const unreadable: FileResult = { ok: false, reason: "could not be analysed: unreadable reply from worker", ruleId: "pipeline/worker-failed", stage: "cli" };

function fromReply(r: Reply["result"]): FileResult {
  if (!r.ok) return r;
  const { sent, wholeText } = r;
  const arts = sent?.document?.articles;
  if (!Array.isArray(arts) || !Array.isArray(wholeText) || wholeText.length !== arts.length || typeof sent.document.text !== "string") return unreadable;
  const articles: Article[] = [];
  for (const [i, a] of arts.entries()) {
    const text = wholeText[i] ? sent.document.text : a.text;
    if (typeof text !== "string" || (a.sourceOffsets !== null && !(a.sourceOffsets instanceof Int32Array && a.sourceOffsets.length === text.length + 1))) return unreadable;
    articles.push(wholeText[i] ? { ...a, text } : a);
  }
  return { ...sent, document: { ...sent.document, articles } };
}

/** Worker side of the protocol: answer each job with its result. */
export function serveJobs(handler: FileHandler): void {
  if (!parentPort) throw new Error("serveJobs must run in a worker thread");
  const port = parentPort;
  port.on("message", (req: Request) => {
    const { reply, transfer } = toReply(req.seq, handler(req.job));
    port.postMessage(reply, transfer);
  });
}

export type Pool = {
  readonly size: number;
  /** Process one file in a worker. The job's bytes may be handed over (detached), not copied. */
  run(job: FileJob): Promise<FileResult>;
  close(): Promise<void>;
};

export const defaultPoolSize = () => Math.max(1, Math.min(2, availableParallelism()));

// Under tsx or vitest this module is TypeScript and so is its worker; the worker then needs tsx.
const WORKER_URL = new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./worker.js", import.meta.url);

// Node 20 does not pass --import loaders to worker threads, so a TypeScript worker (tests) first
// registers tsx itself (resolved from the working directory, the repository when testing); the built package always runs plain JavaScript workers.
function startWorker(url: URL): Worker {
  if (!url.pathname.endsWith(".ts")) return new Worker(url);
  const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true });
}

type Slot = { worker: Worker; busy: { seq: number; resolve: (r: FileResult) => void } | null; dead: boolean };

/**
 * A fixed set of worker threads taking file jobs from one queue. A job whose worker dies (an
 * uncaught error, running out of memory) resolves as a failed result with the reason, and the
 * worker is replaced, so one bad file never ends the run.
 */
export function createPool(opts: { size?: number; workerUrl?: URL } = {}): Pool {
  const size = opts.size ?? defaultPoolSize();
  const url = opts.workerUrl ?? WORKER_URL;
  const queue: { seq: number; job: FileJob; resolve: (r: FileResult) => void }[] = [];
  const slots: Slot[] = [];
  let seq = 0;
  let closed = false;

  const settle = (slot: Slot, seqNo: number, result: FileResult) => {
    const b = slot.busy;
    if (!b || b.seq !== seqNo) return;
    slot.busy = null;
    b.resolve(result);
  };

  const spawn = (): Slot => {
    const worker = startWorker(url);
    const slot: Slot = { worker, busy: null, dead: false };
    worker.on("message", (reply: Reply) => {
      settle(slot, reply.seq, fromReply(reply.result));
      pump();
    });
    const die = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      if (slot.busy) settle(slot, slot.busy.seq, workerFailure(why));
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      if (!closed) slots.push(spawn());
      pump();
    };
    worker.on("error", (e) => die(e instanceof Error ? e.message : String(e)));
    worker.on("messageerror", (e) => die(`unreadable reply: ${e.message}`));
    worker.on("exit", (code) => die(`exited with code ${code}`));
    return slot;
  };

  const pump = () => {
    for (const slot of slots) {
      if (slot.busy || slot.dead) continue;
      const next = queue.shift();
      if (!next) return;
      slot.busy = { seq: next.seq, resolve: next.resolve };
      const { bytes } = next.job;
      // Hand the bytes over without a copy when they own their whole buffer.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      const request: Request = { seq: next.seq, job: next.job };
      slot.worker.postMessage(request, own ? [bytes.buffer as ArrayBuffer] : []);
    }
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    size,
    run(job) {
      if (closed) return Promise.reject(new Error("pool is closed"));
      return new Promise<FileResult>((resolve) => {
        queue.push({ seq: seq++, job, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const q of queue.splice(0)) q.resolve(workerFailure("run stopped"));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
