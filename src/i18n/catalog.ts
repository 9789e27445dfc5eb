/** The shape of a message catalog: every message in both languages, side by side. */

/** One message in English and Chinese. `{name}` marks a parameter. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** A catalog of messages keyed by a dotted name such as `load.too-large`. */
export type Catalog = Record<string, Bilingual>;

/** Declares a catalog while keeping its literal keys for type-checked lookups. */
export function defineMessages<const T extends Catalog>(messages: T): T {
  return messages;
}
