/** An input that cannot be used, with the rule that says why; loadInputs turns it into a skip. */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
    /** "info" for an input left out on purpose (quotecheck's own report), not a failure. */
    readonly severity: "error" | "info" = "error",
  ) {
    super(message);
  }
}
