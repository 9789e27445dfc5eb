/** Whether a parsed JSON value is a drill event of the journal format (model/drill.ts). */
import type { DrillEvent, DrillEventType } from './index.js';

type FieldKind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'string?'
  | 'number?'
  | 'string|null'
  | 'number|null'
  | 'strings'
  | 'object?';

/** The required fields of each event type and what they hold (optional ones end in `?`). */
const SHAPES: Record<DrillEventType, Record<string, FieldKind>> = {
  start: {
    journal: 'number',
    plan: 'string',
    planId: 'string',
    planHash: 'string',
    scenario: 'string',
    scenarioFile: 'string?',
    scenarioHash: 'string?',
    pace: 'number',
    players: 'strings',
    version: 'string',
    startedAt: 'string?',
  },
  inject: { inject: 'string', message: 'string', event: 'string?', set: 'object?' },
  'stage-entered': { stage: 'string', phase: 'string', from: 'string|null', cause: 'string' },
  'decision-opened': {
    decision: 'string',
    opening: 'number',
    stage: 'string',
    owner: 'string',
    player: 'boolean',
    target: 'number|null',
    timeoutAt: 'number|null',
  },
  'decision-answered': {
    decision: 'string',
    opening: 'number',
    option: 'string',
    latency: 'number',
    by: 'string',
  },
  'decision-timeout': {
    decision: 'string',
    opening: 'number',
    option: 'string',
    latency: 'number',
  },
  'decision-closed': { decision: 'string', opening: 'number', reason: 'string', latency: 'number' },
  'answer-void': {
    decision: 'string',
    opening: 'number|null',
    option: 'string',
    after: 'number',
    reason: 'string',
    index: 'number',
  },
  end: { reason: 'string', stage: 'string', score: 'number|null', rating: 'string|null' },
};

/** True when `value` has the type, time and fields of a drill event. */
export function isDrillEvent(value: unknown): value is DrillEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (typeof record.type !== 'string' || !Object.hasOwn(SHAPES, record.type)) return false;
  if (!isTime(record.at)) return false;
  const shape = SHAPES[record.type as DrillEventType];
  return Object.entries(shape).every(([field, kind]) => fits(record[field], kind));
}

function isTime(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function fits(value: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'string?':
      return value === undefined || typeof value === 'string';
    case 'number?':
      return value === undefined || typeof value === 'number';
    case 'string|null':
      return value === null || typeof value === 'string';
    case 'number|null':
      return value === null || typeof value === 'number';
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'object?':
      return (
        value === undefined ||
        (typeof value === 'object' && value !== null && !Array.isArray(value))
      );
    default:
      return typeof value === kind;
  }
}
