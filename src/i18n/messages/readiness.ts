/** Messages of the readiness step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const readinessMessages = defineMessages({});
