/** Translators for tests. */
import { translator } from '../../src/i18n/index.js';

export const en = translator('en');
export const zh = translator('zh');
