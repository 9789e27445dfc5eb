/**
 * The worked example of docs/scoring.md is what the code computes: its answers are played against
 * the shipped urban-flood scenario, and every figure of its tables is compared with the JSON report.
 */
import { describe, expect, it } from 'vitest';
import { formatDuration, type DrillScore } from '../../../src/model/index.js';
import { run } from '../../../src/cli/main.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { workspace } from '../../helpers/temp-folders.js';
import { exampleFiles, readPage, splitPage } from './markdown.js';

const PAGE = 'docs/scoring.md';
const ANSWERS = 'scoring-example-answers.yaml';

interface Subtotal {
  decisions: number;
  weight: number;
  points: number;
  score: number;
}

/** The rows of the page's tables whose first cell is `key` (bare or in backticks). */
function rowsFor(markdown: string, key: string): string[][] {
  return splitPage(markdown)
    .prose.map(({ text }) => text.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length > 2 && cells[1]!.replace(/`/g, '') === key)
    .map((cells) => cells.slice(1, -1));
}

describe('the worked example of docs/scoring.md', () => {
  it('gives the scores, arithmetic and subtotals the page shows', async () => {
    const page = readPage(PAGE);
    const answers = exampleFiles(page)[ANSWERS];
    expect(answers, `${PAGE} has a yaml block with file=${ANSWERS}`).toBeDefined();
    const cwd = workspace({
      'examples/urban-flood.yaml': readPage('examples/urban-flood.yaml'),
      'examples/urban-flood-storm.yaml': readPage('examples/urban-flood-storm.yaml'),
      [ANSWERS]: answers!,
    });
    const io = fakeIo({ cwd });
    const argv = ['drill', 'examples/urban-flood-storm.yaml', '--answers', ANSWERS];
    expect(await run([...argv, '--report', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out()) as DrillScore;

    expect(page).toContain(`rounded to **${report.score}**,\nrated **${report.rating}**`);
    expect(page).toContain(
      `Σ w = ${report.totals.weight} and Σ points = ${report.totals.points}, so`,
    );
    expect(report.decisions.length).toBe(5);
    for (const decision of report.decisions) {
      const [row] = rowsFor(page, decision.decision);
      expect(row, `a row for ${decision.decision}`).toBeDefined();
      const [, role, , , target, latency, credit, timeliness, weight, points] = row!;
      expect({ role, target, latency, credit, timeliness, weight, points }).toEqual({
        role: decision.role,
        target: formatDuration(decision.target!),
        latency: formatDuration(decision.latency!),
        credit: String(decision.credit),
        timeliness: String(decision.timeliness),
        weight: String(decision.weight),
        points: String(decision.points),
      });
    }
    const subtotals = { ...report.byPhase, ...report.byRole } as Record<string, Subtotal>;
    for (const [group, sum] of Object.entries(subtotals)) {
      expect(rowsFor(page, group), `a subtotal row for ${group}`).toContainEqual(
        [group, sum.decisions, sum.weight, sum.points, sum.score].map(String),
      );
    }
  });
});
