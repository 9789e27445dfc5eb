/**
 * How many terminal cells plain text takes, as string-width counts it for the text the findings
 * formats show: Chinese and other wide characters two, combining and invisible characters none,
 * an emoji two however many code points it is made of (❤️, 1️⃣, 👩‍💻, 👍🏽, 🇨🇳). string-width costs
 * 50–130 ms of start-up (an `Intl.Segmenter`, and a `\p{RGI_Emoji}` expression compiled on its
 * first non-ASCII text), paid by every `yuan validate`; this walks code points instead. It differs
 * from string-width only on sequences unlike plan text (Indic conjuncts, Thai SARA AM, Hangul jamo
 * mixed with emoji); a property test holds the two equal on random runs of everything else.
 */
import { eastAsianWidth } from 'get-east-asian-width';

const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;
// What string-width counts as non-printing (a lone surrogate among them).
const ZERO_WIDTH =
  /^[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const KEYCAP_BASE = /^[\d#*]$/;

const ZERO_WIDTH_JOINER = 0x200d;
const EMOJI_PRESENTATION = 0xfe0f;
const COMBINING_KEYCAP = 0x20e3;

/** The width of `text` in terminal cells (text without terminal escapes). */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  // The cluster being measured: its first character, the cells counted for it, its last code point.
  let base = '';
  let baseWidth = 0;
  let last = 0;
  let lastJoins = false;
  let joined = false;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code === EMOJI_PRESENTATION || code === COMBINING_KEYCAP) {
      // ❤️ and 1️⃣ take two cells although ❤ and 1 alone take one.
      const emoji = code === COMBINING_KEYCAP ? KEYCAP_BASE : PICTOGRAPHIC;
      if (baseWidth === 1 && emoji.test(base)) {
        width += 1;
        baseWidth = 2;
      }
    } else if (code === ZERO_WIDTH_JOINER) {
      joined = base !== '';
    } else if (!ZERO_WIDTH.test(character)) {
      lastJoins = continuesCluster({ base, last, lastJoins, joined }, character, code);
      if (!lastJoins) {
        base = character;
        baseWidth = eastAsianWidth(code);
        width += baseWidth;
      }
      last = code;
      joined = false;
    }
  }
  return width;
}

/**
 * Whether `character` belongs to the cluster of `base` without cells of its own: the next emoji
 * of a zero-width-joined sequence (👩‍💻), a skin tone (👍🏽), or the vowel and final consonant of
 * a Hangul syllable written as jamo.
 */
function continuesCluster(cluster: Cluster, character: string, code: number): boolean {
  const { base, last, lastJoins, joined } = cluster;
  if (base === '') return false;
  if (joined) return PICTOGRAPHIC.test(character);
  // Skin tones extend whatever comes before them (Grapheme_Cluster_Break=Extend).
  if (code >= 0x1f3fb && code <= 0x1f3ff) return true;
  // Jamo after a whole syllable add nothing; a leading consonant pairs with one vowel and that
  // vowel with one final; jamo beyond those take their own cells, as string-width counts them.
  const syllable = isHangulSyllable(base.codePointAt(0)!);
  if (isHangulVowel(code)) return syllable || (isHangulLeading(last) && !lastJoins);
  if (isHangulTrailing(code)) {
    return syllable || (isHangulVowel(last) && lastJoins && isHangulLeading(base.codePointAt(0)!));
  }
  return false;
}

/** What `continuesCluster` needs to know of the cluster so far. */
interface Cluster {
  /** Its first character ('' before any). */
  base: string;
  /** The code point before the one being measured. */
  last: number;
  /** Whether that code point joined the cluster without cells of its own. */
  lastJoins: boolean;
  /** Whether a zero-width joiner came right before. */
  joined: boolean;
}

function isHangulLeading(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0xa960 && code <= 0xa97c);
}

function isHangulVowel(code: number): boolean {
  return (code >= 0x1160 && code <= 0x11a7) || (code >= 0xd7b0 && code <= 0xd7c6);
}

function isHangulTrailing(code: number): boolean {
  return (code >= 0x11a8 && code <= 0x11ff) || (code >= 0xd7cb && code <= 0xd7fb);
}

function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}
