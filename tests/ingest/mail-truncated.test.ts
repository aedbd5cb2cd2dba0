import { describe, expect, it } from "vitest";
import { parseMail } from "../../src/ingest/mail.js";

// A mail cut short (a download stopped, an mbox copied in part) lost the end of its story without a
// word: the part was read as far as it went, and nothing said the rest was missing.
const enc = (lines: readonly string[]) => new TextEncoder().encode(lines.join("\n"));
const HEAD = ["From: Ann Vega <ann@example.org>", "Subject: Pier repairs", "MIME-Version: 1.0"];
const STORY = '"The pier will reopen in June," said the harbour master, Tom Reyes, on Monday.';
const b64 = (s: string) => Buffer.from(s).toString("base64");
const cutNotes = (mail: Uint8Array) => parseMail(mail).decodeNotes.filter((n) => n.ruleId === "ingest/truncated-mime").map((n) => `${n.severity}: ${n.reason}`);

describe("a MIME part cut short", () => {
  it("must warn when the multipart that holds the text has no closing boundary line", () => {
    const mail = enc([...HEAD, 'Content-Type: multipart/mixed; boundary="m"', "", "--m", "Content-Type: text/plain; charset=utf-8", "", STORY, "The work began in"]);
    expect(parseMail(mail).body).toContain(STORY);
    expect(cutNotes(mail)).toEqual(["warning: the text/plain part (charset \"utf-8\"): the message ends inside this part (no closing boundary line): it may be cut short"]);
  });

  it("must warn when the text's base64 stops inside a group of four characters", () => {
    const body = b64(STORY + " The work began in March.");
    const mail = enc([...HEAD, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", body.slice(0, 42)]);
    expect(cutNotes(mail)).toEqual(["warning: the text/plain part (charset \"utf-8\"): its base64 stops inside a group of four characters: the part may be cut short"]);
  });

  it.each([
    ["a closed multipart", enc([...HEAD, 'Content-Type: multipart/mixed; boundary="m"', "", "--m", "Content-Type: text/plain", "", STORY, "--m--", ""])],
    ["a closed multipart with an open one inside that is not the text's", enc([...HEAD, 'Content-Type: multipart/mixed; boundary="m"', "", "--m", "Content-Type: text/plain", "", STORY, "--m", 'Content-Type: multipart/related; boundary="r"', "", "--r", "Content-Type: image/png", "", "xx", "--m--", ""])],
    ["whole base64, padded and wrapped", enc([...HEAD, "Content-Type: text/plain", "Content-Transfer-Encoding: base64", "", ...(b64(STORY + "!").match(/.{1,76}/g) ?? []), ""])],
    ["a single-part mail with no boundary at all", enc([...HEAD, "Content-Type: text/plain", "", STORY])],
  ])("must not warn for %s", (_name, mail) => {
    expect(parseMail(mail).body).toContain(STORY);
    expect(cutNotes(mail)).toEqual([]);
  });
});
