import { describe, expect, it } from 'vitest';
import { compileSchema } from './schema-helpers.js';

const { at } = compileSchema();

describe('ids', () => {
  const id = at('/$defs/id');
  it.each(['a', 'i', 'x-community-epidemic', 'grid-worker', 'a1-b2', 'no-new-cases-14d'])(
    'accepts %s',
    (value) => expect(id(value)).toBe(true),
  );
  it.each(['', 'A', 'Grid', '1a', 'a_b', 'a--b', '-a', 'a-', 'a b', 'épidémie', '疫情', 3])(
    'refuses %j',
    (value) => expect(id(value)).toBe(false),
  );
});

describe('durations', () => {
  const duration = at('/$defs/duration');
  it.each(['1h30m', '2d', '45m', '90s', '1w', '1w2d3h4m5s', '0h30m', '36h'])(
    'accepts %s',
    (value) => expect(duration(value)).toBe(true),
  );
  it.each(['', '0s', '0m', '0h0m', '1h 30m', '30m1h', '1.5h', '1H', '1ms', 'h', '2', 'PT1H', 60])(
    'refuses %j',
    (value) => expect(duration(value)).toBe(false),
  );

  it('allows zero only where a field says so (inject at)', () => {
    const durationOrZero = at('/$defs/durationOrZero');
    expect(durationOrZero('0s')).toBe(true);
    expect(durationOrZero('0m')).toBe(true);
    expect(durationOrZero('2d')).toBe(true);
    expect(durationOrZero('')).toBe(false);
    expect(durationOrZero('soon')).toBe(false);
  });
});

describe('dates', () => {
  const date = at('/$defs/date');
  it.each(['2020-03-10', '2019-11-01', '2024-02-29'])('accepts %s', (value) =>
    expect(date(value)).toBe(true),
  );
  it.each(['2020-3-10', '2020-13-01', '2020-01-32', '10/03/2020', '2020-03-10T00:00:00Z'])(
    'refuses %s',
    (value) => expect(date(value)).toBe(false),
  );
});
