/**
 * Ids made unique within one run (articles of a file, speakers, findings): a base's first use keeps
 * it, later ones become "base-2", "base-3", …. The next suffix is remembered per base, so n repeats of
 * one base cost n steps: a loop that tried "-2", "-3", … from the start each time was quadratic (an
 * mbox of 16,000 messages with one subject spent minutes naming its articles).
 */
export type UniqueIds = {
  /** A fresh id: `first` (default `base`) when free, else the next free `base-k`. */
  readonly take: (base: string, first?: string) => string;
  readonly has: (id: string) => boolean;
};

export function uniqueIds(): UniqueIds {
  const used = new Set<string>();
  // Every base-j with 2 <= j < next.get(base) is taken: the search for the next one starts there.
  const next = new Map<string, number>();
  return {
    has: (id) => used.has(id),
    take(base, first = base) {
      let id = first;
      if (used.has(id)) {
        let k = next.get(base) ?? 2;
        while (used.has((id = `${base}-${k}`))) k++;
        next.set(base, k + 1);
      }
      used.add(id);
      return id;
    },
  };
}
