export * from "./span.js";
export * from "./diagnostic.js";
export * from "./document.js";
export * from "./quote.js";
export * from "./speaker.js";
export * from "./finding.js";
export * from "./report.js";
export * from "./unique-id.js";
