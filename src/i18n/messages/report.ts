/** Messages of the report step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const reportMessages = defineMessages({});
