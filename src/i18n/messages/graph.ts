/** Messages of the stage graph rules and route analysis, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const graphMessages = defineMessages({});
