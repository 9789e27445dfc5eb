/** A setup file of every project: removes the folders of test/helpers/temp-folders.ts. */
import { afterAll, afterEach, beforeEach } from 'vitest';
import { fileEnded, testEnded, testStarts } from '../helpers/temp-folders.js';

// Registered before the file's own hooks, so they run after them (hooks run as a stack): a
// test's own afterEach (a tmux server stopped, a folder made writable again) comes first.
beforeEach(testStarts);
afterEach(testEnded);
afterAll(fileEnded);
