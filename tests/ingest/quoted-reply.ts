/**
 * A reply that quotes, line by line ("> "), a forwarded story: the body both reply tests read, one
 * as a mail (reply-quotes.test.ts, after a mail header, CRLF) and one pasted into a .txt
 * (pasted-reply.test.ts, LF).
 */
export const QUOTED_REPLY_BODY: readonly string[] = [
  "Agreed, we should follow this up.",
  "",
  "On Fri, 21 Mar 2031 at 10:02, Kara Dimm <kara@example.org> wrote:",
  "> Interesting, look at the second quote.",
  ">",
  "> ---------- Forwarded message ---------",
  "> From: Harbor Beat <news@harborbeat.example>",
  "> Date: Thu, 20 Mar 2031 at 18:30",
  "> Subject: Council delays vote on marina",
  "> To: <kara@example.org>",
  ">",
  "> Council delays vote on marina",
  ">",
  "> By Jon Aske",
  ">",
  "> The city council put off a vote on the marina expansion on Thursday after residents packed the chamber.",
  ">",
  '> "We need to hear from the neighborhood first," said council member Willa Chen.',
  "",
];
