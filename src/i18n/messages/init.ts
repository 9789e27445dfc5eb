/** Messages of the init step, in English and Chinese. */
import { defineMessages } from '../catalog.js';

export const initMessages = defineMessages({});
