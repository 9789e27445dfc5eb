/** Commander's own usage errors through run(argv, io): in the user's language, naming what to fix, exit 2. */
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { usageErrors, usageMessage } from '../../src/cli/usage-errors.js';
import { fakeIo } from '../helpers/fake-io.js';
import { en, zh } from '../helpers/translate.js';

async function yuan(argv: string[], lang: 'en' | 'zh' = 'en') {
  const io = fakeIo({ env: { LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' } });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe.each([
  [
    'commander.unknownOption, with its suggestion',
    ['validate', '--formatt', 'json'],
    'unknown option "--formatt": did you mean --format? Run "yuan validate --help" to list the options.',
    '未知选项“--formatt”：是否想写 --format？运行“yuan validate --help”查看所有选项。',
  ],
  [
    'commander.unknownOption, without one',
    ['compile', '-x', 'plan.yaml'],
    'unknown option "-x": run "yuan compile --help" to list the options.',
    '未知选项“-x”：运行“yuan compile --help”查看所有选项。',
  ],
  [
    'commander.unknownOption before any command',
    ['--bogus'],
    'unknown option "--bogus": run "yuan --help" to list the options.',
    '未知选项“--bogus”：运行“yuan --help”查看所有选项。',
  ],
  [
    'commander.unknownCommand, with its suggestion',
    ['valdate'],
    'unknown command "valdate": did you mean validate? Run "yuan --help" to list the commands.',
    '未知命令“valdate”：是否想写 validate？运行“yuan --help”查看所有命令。',
  ],
  [
    'commander.unknownCommand, without one',
    ['frobnicate'],
    'unknown command "frobnicate": run "yuan --help" to list the commands.',
    '未知命令“frobnicate”：运行“yuan --help”查看所有命令。',
  ],
  [
    'commander.missingArgument',
    ['compile'],
    'missing the argument <plan>. Run "yuan compile --help" for usage and an example.',
    '缺少参数 <plan>。运行“yuan compile --help”查看用法和示例。',
  ],
  [
    'commander.optionMissingArgument',
    ['validate', '--today'],
    'the option --today <date> needs a value. Run "yuan validate --help" for usage and an example.',
    '选项 --today <date> 需要一个值。运行“yuan validate --help”查看用法和示例。',
  ],
  [
    'commander.excessArguments',
    ['report', 'a.jsonl', 'b.jsonl'],
    'too many arguments: yuan report takes at most 1, got 2. Run "yuan report --help" for usage and an example.',
    '参数过多：yuan report 最多接受 1 个参数，实际给了 2 个。运行“yuan report --help”查看用法和示例。',
  ],
  [
    'commander.excessArguments, for a command that takes none',
    ['schema', 'out.json'],
    'too many arguments: yuan schema takes none, got 1. Run "yuan schema --help" for usage and an example.',
    '参数过多：yuan schema 不接受参数，实际给了 1 个。运行“yuan schema --help”查看用法和示例。',
  ],
])('%s', (_name, argv, english, chinese) => {
  it('is said in English, exit 2, nothing on stdout', async () => {
    const { code, out, err } = await yuan(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`yuan: ${english}\n`);
  });

  it('is said in Chinese from the locale and from --lang zh', async () => {
    const fromLocale = await yuan(argv, 'zh');
    expect(fromLocale.code).toBe(2);
    expect(fromLocale.err).toBe(`yuan: ${chinese}\n`);
    const fromFlag = await yuan(['--lang', 'zh', ...argv]);
    expect(fromFlag.code).toBe(2);
    expect(fromFlag.err).toBe(`yuan: ${chinese}\n`);
  });
});

describe('what commander says that is not an error', () => {
  it('leaves help, version and the bare program as they were', async () => {
    const help = await yuan(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.err).toBe('');
    expect(help.out).toContain('Usage: yuan validate');
    const version = await yuan(['--version']);
    expect(version.code).toBe(0);
    expect(version.err).toBe('');
    const bare = await yuan([]);
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/^Usage: yuan \[options\] \[command\]/);
  });
});

describe('usageMessage', () => {
  it('joins several guesses the way the language does', () => {
    const message = "error: unknown option '--fo'\n(Did you mean one of --foo, --format?)";
    expect(usageMessage('commander.unknownOption', message, 'validate', en)).toBe(
      'unknown option "--fo": did you mean --foo or --format? Run "yuan validate --help" to list the options.',
    );
    expect(usageMessage('commander.unknownOption', message, 'validate', zh)).toContain(
      '是否想写 --foo 或 --format？',
    );
  });

  it('knows nothing of other codes or of messages of another shape', () => {
    const conflict = "error: option '--a' cannot be used with option '--b'";
    expect(usageMessage('commander.conflictingOption', conflict, undefined, en)).toBeUndefined();
    expect(
      usageMessage('commander.unknownOption', 'error: something new', 'x', en),
    ).toBeUndefined();
  });

  it('shows commander’s own text when it cannot say it better', () => {
    const io = fakeIo();
    const usage = usageErrors({ io, t: en });
    usage.outputError("error: option '--a' cannot be used with option '--b'\n");
    usage.report(new CommanderError(1, 'commander.conflictingOption', 'error: …'));
    expect(io.err()).toBe("error: option '--a' cannot be used with option '--b'\n");
  });
});
