/** Messages of the lint step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const lintMessages = defineMessages({});
