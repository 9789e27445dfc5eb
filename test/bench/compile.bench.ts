/**
 * Compile and route analysis on generated plans of 100, 1,000 and 10,000 stages: the figures
 * should grow about linearly (ratios near 10), and a route listing stays bounded by its limit.
 */
import { performance } from 'node:perf_hooks';
import { compilePlan } from '../../src/compile/compile-plan.js';
import { createPlanMachine } from '../../src/compile/create-plan-machine.js';
import { fastestRoutes } from '../../src/compile/fastest-routes.js';
import { analyseRoutes } from '../../src/compile/route-analysis.js';
import { routeGraph } from '../../src/compile/route-edges.js';
import { buildStageGraph } from '../../src/model/stage-graph.js';
import { generatePlan } from './compile-generate-plan.js';

const SIZES = [100, 1_000, 10_000];

/** Milliseconds of the process's CPU time (not wall time: other work on the machine does not count) for one run of `work`: the least of several runs, after warming up. */
function time(work: () => unknown): number {
  const warmUp = performance.now();
  for (let run = 0; run < 3 && performance.now() - warmUp < 2_000; run++) work();
  const runs: number[] = [];
  const started = performance.now();
  while (runs.length < 5 || (performance.now() - started < 500 && runs.length < 200)) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    runs.push((used.user + used.system) / 1000);
  }
  return Math.min(...runs);
}

const measures: Record<string, (size: number) => () => unknown> = {
  'compile (config JSON)': (size) => {
    const plan = generatePlan(size);
    return () => compilePlan(plan);
  },
  'compile + XState machine': (size) => {
    const plan = generatePlan(size);
    return () => createPlanMachine(plan);
  },
  'fastest routes (graph + Dijkstra)': (size) => {
    const plan = generatePlan(size);
    return () => fastestRoutes(routeGraph(buildStageGraph(plan))!);
  },
  'paths, acyclic (50 listed, exact count)': (size) => {
    const plan = generatePlan(size);
    return () => analyseRoutes(plan, 50);
  },
  'paths, with cycles (50 listed, counted to budget)': (size) => {
    const plan = generatePlan(size, { cycles: true });
    return () => analyseRoutes(plan, 50);
  },
};

const rows: string[][] = [['measure', ...SIZES.map((size) => `${size} stages`), 'x10 ratios']];
for (const [name, setUp] of Object.entries(measures)) {
  const figures = SIZES.map((size) => time(setUp(size)));
  const ratios = figures.slice(1).map((figure, index) => (figure / figures[index]!).toFixed(1));
  rows.push([name, ...figures.map((ms) => `${ms.toFixed(2)} ms`), ratios.join(', ')]);
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows)
  console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));

for (const size of SIZES) {
  const analysis = analyseRoutes(generatePlan(size, { cycles: true }), 50)!;
  if (analysis.routes.length > 50) throw new Error(`listing of ${size} stages is not bounded`);
  const count = analysis.exact ? analysis.total : `at least ${analysis.total}`;
  console.log(
    `${size} stages with cycles: ${analysis.routes.length} routes listed of ${count.length > 24 ? `${count.slice(0, 20)}… (${count.length} digits)` : count}`,
  );
}
