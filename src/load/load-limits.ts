/** The limits that keep a hostile file from exhausting time or memory (cli.md, "Bad input"). */

/** Limits applied while loading one file. */
export interface LoadLimits {
  /** Largest file read, in bytes. */
  maxBytes: number;
  /** Most alias expansions yaml may perform while building the data (its own weighted count). */
  maxAliasCount: number;
  /** Deepest nesting of mappings and sequences accepted. */
  maxDepth: number;
  /**
   * Most values (mapping entries and list items) in one document. Each costs a few hundred bytes
   * and some microseconds in every step; a real plan has a few thousand.
   */
  maxValues: number;
}

/** 5 MiB, 100 aliases, 64 levels, 200,000 values: far beyond any real plan, far below any harm. */
export const DEFAULT_LIMITS: LoadLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 64,
  maxValues: 200_000,
};
