/** Messages of the drill step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const drillMessages = defineMessages({});
