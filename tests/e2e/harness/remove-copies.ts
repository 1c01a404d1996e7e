/**
 * Set-up for the browser test files: their copies of the build and of Firefox's profile, and the
 * files written for file inputs, go when the file ends, after its own clean-up (this hook runs
 * last). A whole run otherwise left some 160 copies of the build, 800 MB, and 150 upload folders.
 */
import { afterAll } from 'vitest';
import { removeProfileCopies } from './firefox-profile';
import { removeTestCopies } from './local-test-copy';
import { removeUploads } from './test-page';

afterAll(async () => {
  removeTestCopies();
  removeUploads();
  await removeProfileCopies();
});
