/** An input that cannot be used, with the rule that says why; loadInputs turns it into a skip. */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
  ) {
    super(message);
  }
}
