/** Dependent random choices for the plan generators, on top of fast-check's `gen` (so they shrink). */
import fc from 'fast-check';

/** Titles the way authors write them, in both languages of the project. */
const TITLES = [
  '预警与宣传',
  '封闭管理',
  '复工复产与恢复',
  'Evacuate the east wing',
  'Stand by',
  '社区党委书记',
  'Flood warning: level II',
  'Quoted "title" with: a colon',
  '#not a comment',
  '- not a list',
  'yes',
  '0123',
];

/** Draws values from a fast-check generator with the helpers the plan builders need. */
export class Draw {
  constructor(private readonly g: fc.GeneratorValue) {}

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return this.g(fc.integer, { min, max });
  }

  /** True with probability about `p`. */
  chance(p: number): boolean {
    return this.int(0, 999) < p * 1000;
  }

  /** One of `items` (not empty). */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** Some of `items`, in their order. */
  some<T>(items: readonly T[], p = 0.5): T[] {
    return items.filter(() => this.chance(p));
  }

  /** Human text: a known title, or any short Unicode string (never empty). */
  text(): string {
    if (this.chance(0.7)) return this.pick(TITLES);
    return this.g(fc.string, { minLength: 1, maxLength: 12, unit: 'grapheme' });
  }

  /** A positive duration in the plan format (`1h30m`, `45s`, `2d`, ...), with its milliseconds. */
  duration(maxMinutes = 6 * 60): { text: string; ms: number } {
    const minutes = this.int(1, maxMinutes);
    const seconds = this.chance(0.1) ? this.int(1, 59) : 0;
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const rest = minutes % 60;
    const text =
      (days ? `${days}d` : '') +
      (hours ? `${hours}h` : '') +
      (rest ? `${rest}m` : '') +
      (seconds ? `${seconds}s` : '');
    return { text, ms: (minutes * 60 + seconds) * 1000 };
  }

  /** A scalar value for a variable: a number, a string or a boolean. */
  scalar(kind: 'number' | 'string' | 'boolean' = this.pick(['number', 'string', 'boolean'])) {
    if (kind === 'number') return this.int(-5, 20);
    if (kind === 'boolean') return this.chance(0.5);
    return this.pick(['low', 'high', 'none', '开放']);
  }
}
