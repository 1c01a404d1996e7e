/** Steps on the options page's "Refresh and sources" section that several tests take. */
import { button, labelled, type Query } from './find';
import type { TestPage } from './test-page';

/** Adds a WRO JSON source with `url` and `name` in `section`, not yet saved. */
export async function addJsonSource(options: TestPage, section: Query, url: string, name: string): Promise<void> {
  // The form is there (with the default sources) once its button is.
  const add = await options.locate(button('Add a source', section));
  const before = await options.count('fieldset.source');
  await options.click(add);
  await options.waitForCount('fieldset.source', before + 1);
  const source: Query = { css: 'fieldset.source', within: section, last: true };
  await options.select(labelled('Format', source), { value: 'wro-json' });
  await options.fill(labelled('Address (https)', source), url);
  await options.fill(labelled('Name shown', source), name);
}
