import type { Report } from "../model/index.js";
import { alignSpeakers } from "../align/index.js";

/**
 * The report with each quote's speaker named as the articles are lined up (the align stage's one
 * name per person, as `speakers`, the UI, the reports and check give it), for the quotes table a
 * reader reads. The table gave each article's own reading ("Ann Lee" here, "Ann B. Lee" there)
 * while the UI named both "Ann B. Lee", so one person read as two. The data formats keep each
 * article's own reading (`speaker`, the contract the scorer reads; `mention` the words as written).
 * A report from the full analysis is already lined up. Here, not in report/, which reads the model only. Pure.
 */
export const linedUp = (report: Report): Report => (report.speakers.length ? report : { ...report, quotes: alignSpeakers(report.articles, report.quotes).quotes });

