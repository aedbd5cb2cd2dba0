import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { propertyTimeout } from "../property-runs.js";
import { formatFromContent } from "../../src/ingest/sniff.js";
import { KNOWN_OUTLETS, outletByName } from "../../src/ingest/outlets.js";

// Property tests: a time limit for a loaded machine (see tests/property-runs.ts), not a measure.
vi.setConfig({ testTimeout: propertyTimeout(3000) });

// formatFromContent as it was written before its lines were taken one by one and markup was looked
// for only where a "<" stands: the definition it must keep to.
const MAIL_HEADER = /^(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Content-Type|Delivered-To|X-[\w-]+|Reply-To|Cc|List-Id|In-Reply-To|References|Sender|DKIM-Signature|Authentication-Results|Thread-Topic):[ \t]/i;
const isPipermail = (html: string): boolean =>
  /<!--beginarticle-->/i.test(html) || (/<pre[\s>]/i.test(html) && /listinfo|mailing list|maillijst|mailingliste/i.test(html) && /<i>[^<]*\d:\d\d/i.test(html));
function reference(head: string): string | null {
  const start = head.replace(/^\uFEFF/, "").trimStart();
  const firstLine = start.slice(0, start.indexOf("\n") >>> 0);
  if (/^From \S+ +\S/.test(firstLine) && start.split("\n").slice(1, 6).some((l) => MAIL_HEADER.test(l))) return "mbox";
  let headers = 0;
  for (const l of start.split(/\r?\n/, 20)) {
    if (!l.trim()) break;
    if (MAIL_HEADER.test(l)) headers++;
    else if (!/^[ \t]/.test(l) && !/^[A-Za-z][\w-]*:/.test(l)) {
      headers = -1;
      break;
    }
  }
  if (headers >= 2) return "eml";
  const lower = start.slice(0, 2048).toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<(?:!doctype html|html)/.test(lower)) return isPipermail(start) ? "pipermail" : "html";
  if (/<(?:head|body|p|div|article)[\s>]/i.test(start.slice(0, 4096)) && /<\/(?:p|div|body|html|article)>/i.test(start)) return isPipermail(start) ? "pipermail" : "html";
  return null;
}

describe("formatFromContent keeps to its definition", () => {
  it.each([
    ["mail headers, CRLF", "From: a@b.c\r\nSubject: hi\r\n\r\nbody", "eml"],
    ["mail headers, a folded line", "From: a@b.c\n  more\nDate: Mon\n\nbody", "eml"],
    ["a lone CR ends no line", "From: a@b.c\rSubject: hi\n\nbody", null],
    ["a page", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"],
    ["tags after some text", "Saved page\n<div>x</div>", "html"],
    ["a tag past 4 KB is not looked at", `${"x".repeat(4100)}<div>x</div>`, null],
    ["plain text", "Storm closes the port\n\nThe mayor said so.", null],
    ["a less-than sign in prose", "Fewer than 5 < 6 people came.", null],
  ])("%s", (_name, head, want) => {
    expect(formatFromContent(head)).toBe(want);
    expect(formatFromContent(head)).toBe(reference(head));
  });

  it("on any head", () => {
    const pieces = fc.constantFrom("From: a@b.c", "Subject: x", "Date: y", "X-Foo: 1", "Name:", " folded", "text", "\n", "\r\n", "\r", "\n\n", "<p>", "</p>", "<!doctype html>", "<html>", "\uFEFF", " ", "From x@y z");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join("")), (head) => {
        expect(formatFromContent(head)).toBe(reference(head));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("outletByName", () => {
  it("finds every name and alias of the table, in any case, with or without a leading The", () => {
    for (const o of KNOWN_OUTLETS) {
      for (const a of [o.name, ...o.aliases]) {
        // The first outlet in table order with that name wins.
        const first = KNOWN_OUTLETS.find((k) => [k.name, ...k.aliases].some((n) => n.toLowerCase().replace(/^the\s+/, "") === a.toLowerCase().replace(/^the\s+/, "")));
        expect(outletByName(a)).toBe(first);
        expect(outletByName(`  ${a.toUpperCase()} `)).toBe(first);
      }
    }
  });

  it.each([
    ["must: without The", "New York Times", "The New York Times"],
    ["must: with a lower-case the", "the Guardian", "The Guardian"],
    ["must-not: an unknown paper", "Valley Courier", null],
    ["must-not: a part of a name", "York Times", null],
  ])("%s: %s", (_name, name, want) => {
    expect(outletByName(name)?.name ?? null).toBe(want);
  });
});
