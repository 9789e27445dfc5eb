/** Messages of the validate step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const validateMessages = defineMessages({});
