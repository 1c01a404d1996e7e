/**
 * Set-up for the browser test files: their copies of the build and of Firefox's profile go when the
 * file ends, after its own clean-up (this hook runs last). A whole run otherwise left some 160 of them, 800 MB, on disk.
 */
import { afterAll } from 'vitest';
import { removeProfileCopies } from './firefox-profile';
import { removeTestCopies } from './local-test-copy';

afterAll(async () => {
  removeTestCopies();
  await removeProfileCopies();
});
