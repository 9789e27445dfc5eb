/** Messages of the compile step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const compileMessages = defineMessages({});
