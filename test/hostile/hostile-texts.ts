/** Hostile file contents, generated (a few are megabytes: they are never committed). */

/** The start every plan has, so a file is refused for its hostile part and not its kind. */
export const PLAN_HEAD = 'yuan: 1\nkind: plan\nid: hostile\ntitle: Hostile\n';

/** A plan that passes the schema and every error rule (a scenario may name it). */
export const VALID_PLAN = `${PLAN_HEAD}roles:
  chief: { title: Chief, function: command, authority: all }
stages:
  standby: { title: Standby, phase: preparation, initial: true, on: { go: done } }
  done: { title: Done, phase: recovery, final: true }
`;

/** Billion laughs: `levels` anchors, each a list of `width` aliases of the one before. */
export function laughsInList(levels = 10, width = 10): string {
  const rows = [`l0: &l0 [${Array(width).fill('lol').join(', ')}]`];
  for (let i = 1; i < levels; i++) {
    rows.push(
      `l${i}: &l${i} [${Array(width)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  }
  return `${PLAN_HEAD}${rows.join('\n')}\n`;
}

/** Billion laughs in block mappings: each anchor a map of `width` keys aliasing the one before. */
export function laughsInMap(levels = 10, width = 10): string {
  const rows = ['m0: &m0', ...Array.from({ length: width }, (_, k) => `  k${k}: lol`)];
  for (let i = 1; i < levels; i++) {
    rows.push(`m${i}: &m${i}`, ...Array.from({ length: width }, (_, k) => `  k${k}: *m${i - 1}`));
  }
  return `${PLAN_HEAD}${rows.join('\n')}\n`;
}

/** Nested merge keys: each anchor merges the one before twice (`<<: [*a, *a]`), doubling 40 times. */
export function mergeKeyBomb(levels = 40): string {
  const rows = ['g0: &g0 { a: 1, b: 2 }'];
  for (let i = 1; i < levels; i++)
    rows.push(`g${i}: &g${i} { <<: [*g${i - 1}, *g${i - 1}], k${i}: ${i} }`);
  return `${PLAN_HEAD}${rows.join('\n')}\n`;
}

/** A bomb used as a mapping key (`? *l8`): keys are stringified, which must not expand it either. */
export function laughsAsKey(): string {
  return `${laughsInList(9)}? *l8\n: value\n`;
}

/** One big anchored scalar aliased under 90 stages: cheap to expand, but messages must not echo it. */
export function bigScalarAliased(bytes = 1_000_000, aliases = 90): string {
  const stages = Array.from({ length: aliases }, (_, i) => `  s${i}: *big\n`).join('');
  return `yuan: 1\nkind: plan\nid: big\ntitle: &big "${'x'.repeat(bytes)}"\nstages:\n${stages}`;
}

/** A plan padded by a block scalar to exactly `bytes` bytes (ASCII), missing `stages:`. */
export function planOfSize(bytes: number): string {
  const head = `${PLAN_HEAD}description: |\n`;
  const line = `  ${'x'.repeat(77)}\n`; // 80 bytes
  const lines = Math.floor((bytes - head.length) / line.length);
  const rest = bytes - head.length - lines * line.length;
  // The last line takes the remainder, so the size is exact.
  const last = rest > 3 ? `  ${'y'.repeat(rest - 3)}\n` : '\n'.repeat(rest);
  return head + line.repeat(lines) + last;
}

/** `levels` nested flow sequences: `[[[…]]]`. */
export const deepFlowSequence = (levels = 100_000) =>
  `${'['.repeat(levels)}${']'.repeat(levels)}\n`;

/** `levels` nested flow mappings: `{a: {a: …}}`. */
export const deepFlowMapping = (levels = 100_000) =>
  `${'{a: '.repeat(levels)}1${'}'.repeat(levels)}\n`;

/** `levels` nested block sequences in compact form: `- - - … x`. */
export const deepBlockSequence = (levels = 100_000) => `${'- '.repeat(levels)}x\n`;

/** Nested block mappings by indentation, one space a level, as deep as `levels` (quadratic size). */
export function deepBlockMapping(levels = 3_000): string {
  return Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' end\n';
}

/** Nested flows that never close: the parser must not wait for the end to give up. */
export const unclosedFlow = (levels = 1_000_000) => '['.repeat(levels);

/** A plan whose title is one line of `bytes` bytes, in the given scalar style. */
export function longLine(bytes: number, style: 'plain' | 'double' | 'single'): string {
  const quote = style === 'double' ? '"' : style === 'single' ? "'" : '';
  return `yuan: 1\nkind: plan\nid: long\ntitle: ${quote}${'x'.repeat(bytes)}${quote}\n`;
}

/** A plan with a NUL byte in the middle of line 3. */
export const withNul = () => Buffer.from('yuan: 1\nkind: plan\nid: a\0b\ntitle: T\n', 'latin1');

/** A plan with bytes that are not UTF-8 (a Latin-1 é and a stray continuation byte) on line 4. */
export const notUtf8 = () =>
  Buffer.concat([
    Buffer.from('yuan: 1\nkind: plan\nid: a\ntitle: Caf'),
    Buffer.from([0xe9, 0x80]),
    Buffer.from('\n'),
  ]);

/** The same plan saved as UTF-16 (with a BOM): every other byte is NUL. */
export const utf16 = () =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID_PLAN, 'utf16le')]);

/** Random bytes (a deterministic pattern: each byte from a small linear congruential sequence). */
export function noise(bytes: number, seed = 1): Buffer {
  const buffer = Buffer.alloc(bytes);
  let state = seed;
  for (let i = 0; i < bytes; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    buffer[i] = state >>> 24;
  }
  return buffer;
}

/**
 * A plan of short, realistic stages (tasks, a decision with a timeout, an event) filling up to
 * `bytes` bytes: about 40 values per 590 bytes, so 5 MiB holds some 350,000 values.
 */
export function densePlan(bytes: number): string {
  const stage = (n: number) => `  s${n}:
    title: Stage ${n} of the response
    phase: response
    expect_duration: 1d
    tasks:
      - { id: t${n}-a, title: Report stage ${n}, owner: chief, kind: report, within: 2h }
      - { id: t${n}-b, title: Inform residents ${n}, owner: chief, kind: inform, within: 4h }
    decisions:
      - id: d${n}
        title: Move on from stage ${n}?
        owner: chief
        within: 2h
        options:
          - { id: go, title: Go on, goto: s${n + 1} }
          - { id: stay, title: Stay }
        timeout: { after: 4h, choose: go }
    on: { next-${n}: s${n + 1} }
`;
  const rows = [
    VALID_PLAN.replace('stages:\n', 'stages:\n  s0: { title: Start, phase: preparation }\n'),
  ];
  let size = Buffer.byteLength(rows[0]!);
  for (let n = 0; ; n++) {
    const next = stage(n + 1);
    if (size + next.length > bytes) break;
    rows.push(next);
    size += next.length;
  }
  return rows.join('');
}
