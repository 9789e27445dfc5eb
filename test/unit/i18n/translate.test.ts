/**
 * `t` fills placeholders and checks its parameters. The `@ts-expect-error` lines are the point:
 * `npm run typecheck` fails if one of them type-checks.
 */
import { describe, expect, it } from 'vitest';
import { defineMessages } from '../../../src/i18n/catalog.js';
import { translator, withMessages, type Placeholders } from '../../../src/i18n/index.js';
import { placeholdersOf } from '../../../src/i18n/placeholders.js';

const t = translator('en');

describe('t', () => {
  it('fills every placeholder of a message', () => {
    expect(t('load.too-large', { size: 9, max: 5 })).toContain('9 bytes, over the limit of 5');
    expect(translator('zh')('load.too-large', { size: 9, max: 5 })).toContain('9 字节');
  });

  it('refuses, when type-checked, a missing or an extra parameter', () => {
    // Never called: these calls are for the type checker.
    const wrong = () => [
      // @ts-expect-error max is missing
      t('load.too-large', { size: 9 }),
      // @ts-expect-error extra is not a placeholder of the message
      t('load.too-large', { size: 9, max: 5, extra: 1 }),
      // @ts-expect-error the message has placeholders
      t('load.too-large'),
      // @ts-expect-error the message has none
      t('load.empty', { size: 9 }),
      // @ts-expect-error no such message
      t('load.no-such-message', {}),
    ];
    expect(wrong).toBeTypeOf('function');
    expect(t('load.empty')).toContain('the file is empty');
  });

  it('reads a placeholder as the run-time pattern does: a word in braces', () => {
    const template = 'e.g. {id}: { initial: 0 }, {a{b} {{c}} {x y}z} {_1}';
    const names: Placeholders<typeof template>[] = ['id', 'b', 'c', '_1'];
    expect(placeholdersOf(template).sort()).toEqual(names.sort());
    // @ts-expect-error ` initial: 0 ` is text, not a placeholder
    const text: Placeholders<typeof template> = ' initial: 0 ';
    expect(text).toBeDefined();
  });

  it('extends a translator with more messages, in its language', () => {
    const extra = defineMessages({
      'x/y.greet': { en: 'hello {name}', zh: '你好 {name}' },
    });
    const zh = withMessages(translator('zh'), extra);
    expect(zh('x/y.greet', { name: '王' })).toBe('你好 王');
    expect(zh('check.list.or')).toBe('或');
    // @ts-expect-error name is missing (never called: for the type checker)
    const wrong = () => zh('x/y.greet', {});
    expect(wrong).toBeTypeOf('function');
  });
});
