import { processFile, serveJobs } from "./pool.js";

// Entry point of a pool worker thread (dist/pipeline/worker.js).
serveJobs(processFile);
