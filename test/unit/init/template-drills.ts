/** Scripted answers that play each template's scenario the way its plan intends (best options, in time). */
import type { TemplateName } from '../../../src/init/index.js';

const M = 60_000;

/** One scripted answer: option chosen `after` ms from the decision's opening. */
export interface TemplateAnswer {
  decision: string;
  option: string;
  after: number;
}

/** Answers for every player decision of each template's scenario. */
export const TEMPLATE_ANSWERS: Record<TemplateName, TemplateAnswer[]> = {
  epidemic: [
    { decision: 'activate-response', option: 'activate', after: 30 * M },
    { decision: 'close-community', option: 'keep-controls', after: 60 * M },
    { decision: 'arrange-transport', option: 'call-120', after: 20 * M },
    { decision: 'close-units', option: 'keep-essential', after: 120 * M },
  ],
  flood: [
    { decision: 'pre-deploy', option: 'deploy', after: 30 * M },
    { decision: 'close-underpass', option: 'close-now', after: 10 * M },
    { decision: 'open-shelter', option: 'open-backup', after: 60 * M },
  ],
  fire: [
    { decision: 'evacuate-school', option: 'evacuate-all', after: 1 * M },
    { decision: 'report-missing', option: 'tell-firefighters', after: 2 * M },
  ],
  earthquake: [
    { decision: 'search-method', option: 'shore-and-search', after: 20 * M },
    { decision: 'request-reinforcement', option: 'request', after: 30 * M },
  ],
  chemical: [
    { decision: 'emergency-shutdown', option: 'shutdown', after: 2 * M },
    { decision: 'withdraw-operators', option: 'withdraw', after: 3 * M },
    { decision: 'evacuate-neighbours', option: 'evacuate-downwind', after: 20 * M },
  ],
};

/** The final stage each scenario should end in. */
export const TEMPLATE_FINAL_STAGE: Record<TemplateName, string> = {
  epidemic: 'recovery',
  flood: 'recovery',
  fire: 'recovery',
  earthquake: 'recovery',
  chemical: 'recovery',
};
