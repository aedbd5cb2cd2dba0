import { describe, expect, it } from "vitest";
import { headerText, splitHeaders } from "../../src/ingest/mail.js";

const bytes = (s: string) => Uint8Array.from(Buffer.from(s, "latin1"));

// The header ends at its first blank line, whichever kind of line break it is written with.
describe("splitHeaders: where the header ends", () => {
  it.each([
    ["CRLF", "Subject: a\r\nFrom: b\r\n\r\nbody\n\nmore", { subject: "a", from: "b" }, "body\n\nmore"],
    ["LF", "Subject: a\nFrom: b\n\nbody\r\n\r\nmore", { subject: "a", from: "b" }, "body\r\n\r\nmore"],
    ["LF blank line before a later CRLF one", "Subject: a\n\nFrom: b\r\n\r\nbody", { subject: "a" }, "From: b\r\n\r\nbody"],
    ["CRLF blank line before a later LF one", "Subject: a\r\n\r\nFrom: b\n\nbody", { subject: "a" }, "From: b\n\nbody"],
    ["no blank line: all header", "Subject: a\r\nFrom: b", { subject: "a", from: "b" }, ""],
    ["a part that opens on its blank line", "\nbody\n\nmore", {}, "body\n\nmore"],
  ])("%s", (_name, msg, headers, body) => {
    const p = splitHeaders(bytes(msg));
    expect(Object.fromEntries(p.headers)).toEqual(headers);
    expect(Buffer.from(p.body).toString("latin1")).toBe(body);
  });
});

describe("headerText: raw header bytes", () => {
  it.each([
    ["plain ASCII", "Storm closes the port", "Storm closes the port"],
    ["UTF-8 read as latin1", Buffer.from("Ségolène Royal", "utf8").toString("latin1"), "Ségolène Royal"],
    ["an encoded word", "=?utf-8?q?S=C3=A9gol=C3=A8ne?= Royal", "Ségolène Royal"],
    ["folded white space", "a \t  b", "a b"],
  ])("%s", (_name, raw, want) => {
    expect(headerText(raw)).toBe(want);
  });
});
