import type { DocumentFormat } from "../model/index.js";

const BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  shtml: "html",
  eml: "eml",
  msg: "eml",
  // A saved web page in one file: MIME, read as the page it holds (mail.ts mhtmlPage).
  mht: "eml",
  mhtml: "eml",
  mbox: "mbox",
  mbx: "mbox",
};

export function extensionOf(path: string): string | null {
  const base = path.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}

/** The format an extension promises, or null for no or an unknown extension. */
export function formatFromExtension(path: string): DocumentFormat | null {
  const ext = extensionOf(path);
  return ext ? BY_EXTENSION[ext] ?? null : null;
}

const MAIL_HEADER = /^(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Content-Type|Delivered-To|X-[\w-]+|Reply-To|Cc|List-Id|In-Reply-To|References|Sender|DKIM-Signature|Authentication-Results|Thread-Topic):[ \t]/i;
const MBOX_FROM = /^From \S+ +\S/;

/** The format the content shows, or null when it looks like plain text. */
export function formatFromContent(head: string): DocumentFormat | null {
  const start = head.replace(/^\uFEFF/, "").trimStart();
  const firstLine = start.slice(0, start.indexOf("\n") >>> 0);
  if (MBOX_FROM.test(firstLine)) {
    const after = start.split("\n").slice(1, 6);
    if (after.some((l) => MAIL_HEADER.test(l))) return "mbox";
  }
  let headers = 0;
  // A header block: every line a "Name: value" field or its folded continuation, at least two of
  // them fields every mail has. Of the first 20 lines (split at "\r\n" or "\n"), taken one by one:
  // a text's first line most often ends the test.
  for (let n = 0, i = 0; n < 20 && i <= start.length; n++) {
    const nl = start.indexOf("\n", i);
    const end = nl < 0 ? start.length : nl;
    const l = start.slice(i, nl > i && start.charCodeAt(nl - 1) === 13 ? nl - 1 : end);
    i = nl < 0 ? start.length + 1 : nl + 1;
    if (!l.trim()) break;
    if (MAIL_HEADER.test(l)) headers++;
    else if (!/^[ \t]/.test(l) && !/^[A-Za-z][\w-]*:/.test(l)) {
      headers = -1;
      break;
    }
  }
  if (headers >= 2) return "eml";
  // Markup opens with "<", and tags need one in the first 4 KB: a text without one is no page, and
  // is neither lower-cased nor searched for tags.
  const lt = start.indexOf("<");
  if (lt < 0 || lt >= 4096) return null;
  const lower = start.slice(0, 2048).toLowerCase();
  if (lt === 0 && /^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<(?:!doctype html|html)/.test(lower)) return isPipermail(start) ? "pipermail" : "html";
  if (/<(?:head|body|p|div|article)[\s>]/i.test(start.slice(0, 4096)) && /<\/(?:p|div|body|html|article)>/i.test(start)) return isPipermail(start) ? "pipermail" : "html";
  return null;
}

/** Mailman's archive page: its article markers or the list-info link around a <pre> body. */
export function isPipermail(html: string): boolean {
  return /<!--beginarticle-->/i.test(html) || (/<pre[\s>]/i.test(html) && /listinfo|mailing list|maillijst|mailingliste/i.test(html) && /<i>[^<]*\d:\d\d/i.test(html));
}

/**
 * Choose a format from the extension and the content. Content wins where the two disagree in a
 * way a saved file often does (a mail saved as .txt, an HTML page saved with no extension).
 */
export function detectFormat(path: string, head: string): DocumentFormat | null {
  const byExt = formatFromExtension(path);
  const byContent = formatFromContent(head);
  if (byExt === "html") return byContent === "pipermail" || isPipermail(head) ? "pipermail" : "html";
  if (byExt === "mbox") return byContent === "eml" ? "eml" : "mbox";
  if (byExt === "eml") return byContent === "mbox" ? "mbox" : "eml";
  if (byContent) return byContent;
  return byExt;
}
