/**
 * The drill screen (a pure function of the drill so far): scenario clock, stage and phase, what
 * happened since the last screen, the stage's tasks with owners, contacts and due times, and the
 * players' open decisions with their targets. Plan text as written; labels from the catalogs.
 */
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { OpenDecision } from '../../drill/open-decision.js';
import type { Translate } from '../../i18n/index.js';
import {
  durationMs,
  formatDuration,
  type DrillEvent,
  type Plan,
  type Scenario,
} from '../../model/index.js';
import { stageTitle } from '../../report/drill/plan-lookup.js';
import { openingTargets } from '../../score/match-expectations.js';
import { formatScenarioTime } from '../../report/drill/scenario-time.js';
import { drillTimeline } from '../../report/drill/timeline.js';

/** At most this many lines of news on one screen. */
const MAX_NEWS = 14;

/** Everything the screen shows. Times are scenario ms. */
export interface DrillScreenView {
  plan: Plan;
  scenario: Scenario;
  /** Every event so far. */
  events: readonly DrillEvent[];
  /** How many of `events` an earlier screen already showed. */
  shownUpTo: number;
  stage: string;
  now: number;
  /** The players' open decisions, the one being asked first. */
  open: readonly OpenDecision[];
  /** Real ms left to an open decision's target at the drill's pace (negative once late). */
  realMsToTarget: (open: OpenDecision) => number | undefined;
  players: readonly string[];
  pace: number;
}

/** How to draw: labels and colour. */
export interface ScreenStyle {
  t: Translate;
  color: ChalkInstance;
}

/** The screen as lines of text, ending with a newline. */
export function renderDrillScreen(view: DrillScreenView, { t, color }: ScreenStyle): string {
  const { plan, stage, now } = view;
  const definition = Object.hasOwn(plan.stages, stage) ? plan.stages[stage] : undefined;
  const enteredAt = lastEntry(view.events, stage);
  const lines = [color.bold(`${plan.title} · ${view.scenario.title}`)];
  const where = [
    t('drill-screen.clock', { time: formatScenarioTime(now) }),
    t('drill-screen.stage', { stage, title: stageTitle(plan, stage) }),
  ];
  if (definition) where.push(t(`report.drill.phase.${definition.phase}`));
  if (definition?.warning) where.push(t('drill-screen.warning', { level: definition.warning }));
  if (definition?.level) where.push(t('drill-screen.level', { level: definition.level }));
  lines.push(color.cyan(where.join(' · ')));
  lines.push(
    color.dim(t('drill-screen.players', { players: view.players.join(', '), pace: view.pace })),
  );

  // Targets come from the whole drill: the scorer's matching needs every opening so far.
  const targets = openingTargets(view.events, view.scenario);
  const news = drillTimeline(view.events.slice(view.shownUpTo), plan, t, targets);
  // A resumed drill has a long past: the screen keeps to the latest; `yuan report` has it all.
  const fresh = news.slice(-MAX_NEWS);
  if (fresh.length > 0) {
    lines.push('', color.bold(t('drill-screen.since')));
    if (news.length > fresh.length)
      lines.push(
        color.dim(`  ${t('drill-screen.earlier', { count: news.length - fresh.length })}`),
      );
    const times = fresh.map((entry) => formatScenarioTime(entry.at));
    const kinds = fresh.map((entry) => t(`report.drill.kind.${entry.kind}`));
    const timeWidth = Math.max(...times.map((time) => time.length));
    const kindWidth = Math.max(...kinds.map((kind) => stringWidth(kind)));
    fresh.forEach((entry, index) => {
      const kind = kinds[index]!;
      const time = times[index]!.padEnd(timeWidth);
      const prefix = `  ${time}  ${kind}${' '.repeat(kindWidth - stringWidth(kind))}  `;
      const text = entry.kind === 'inject' ? color.yellow(entry.text) : entry.text;
      lines.push(`${prefix}${indent(text, stringWidth(prefix))}`);
    });
  } else {
    const inject = [...view.events].reverse().find((event) => event.type === 'inject');
    if (inject?.type === 'inject') {
      lines.push(
        '',
        color.bold(t('drill-screen.last-inject', { time: formatScenarioTime(inject.at) })),
        `  ${color.yellow(indent(`${inject.inject}: ${inject.message}`, 2))}`,
      );
    }
  }

  const tasks = definition?.tasks ?? [];
  if (tasks.length > 0) {
    lines.push('', color.bold(t('drill-screen.tasks')));
    for (const task of tasks) {
      const contact = task.owner ? plan.roles?.[task.owner]?.contact : undefined;
      // Role ids, not titles: titles are long and the players know the roles; contacts are news.
      const owner = task.owner
        ? `${task.owner}${contact ? ` (${contact})` : ''}`
        : t('drill-screen.no-owner');
      const due =
        task.within === undefined
          ? ''
          : t('drill-screen.due', {
              time: formatScenarioTime(enteredAt + durationMs(task.within)),
              within: task.within,
            });
      lines.push(`  - ${task.id}: ${task.title} — ${owner}${due}`);
    }
  }

  lines.push('', color.bold(t('drill-screen.open')));
  view.open.forEach((open, index) =>
    lines.push(`  ${index + 1}. ${openLine(open, view, { t, color })}`),
  );
  return `${lines.join('\n')}\n`;
}

function openLine(open: OpenDecision, view: DrillScreenView, { t, color }: ScreenStyle): string {
  const parts = [
    `${open.decision}: ${open.definition.title}`,
    open.owner,
    t('drill-screen.opened', { time: formatScenarioTime(open.openedAt) }),
  ];
  const left = view.realMsToTarget(open);
  if (open.target !== null && left !== undefined) {
    const target = t('drill-screen.target', {
      time: formatScenarioTime(open.openedAt + open.target),
      within: formatDuration(open.target),
      countdown: countdown(left, t),
    });
    parts.push(left < 0 ? color.red(target) : target);
  }
  if (open.timeoutAt !== null && open.definition.timeout) {
    parts.push(
      t('drill-screen.timeout', {
        time: formatScenarioTime(open.timeoutAt),
        option: open.definition.timeout.choose,
      }),
    );
  }
  return parts.join(' — ');
}

/** `1:52 real left` or `0:20 real late`, in whole real seconds. */
export function countdown(realMs: number, t: Translate): string {
  const text = clockText(Math.abs(realMs));
  return realMs >= 0
    ? t('drill-screen.left', { time: text })
    : t('drill-screen.late', { time: text });
}

/** Real time as `m:ss` (or `h:mm:ss`), rounded up to the second while counting down. */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** When the current stage was last entered (0 when the journal does not say). */
function lastEntry(events: readonly DrillEvent[], stage: string): number {
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index]!;
    if (event.type === 'stage-entered' && event.stage === stage) return event.at;
  }
  return 0;
}

function indent(text: string, by: number): string {
  return text.replace(/\n/g, `\n${' '.repeat(by)}`);
}
