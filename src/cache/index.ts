export { cacheDir, cacheEnabled } from "./dir.js";
export { CACHE_FORMAT, engineVersion } from "./engine-version.js";
export { cacheKey, openCache, type Cache, type CacheStats } from "./store.js";
export { packOffsets, unpackOffsets } from "./offsets.js";
export { cacheMaxBytes, pruneCache, type PruneResult } from "./prune.js";
