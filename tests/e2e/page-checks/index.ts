/**
 * Checks of one fixture page each, run by the content suite (content.test.ts) in Chromium and
 * Firefox ESR in the browsers it launches, on a fixture server of their own: one browser of each
 * for all of them rather than two per page.
 */
import type { PageCheck } from '../content-helpers';
import { check as boxes } from './boxes';
import { check as findingStyles } from './finding-styles';
import { check as lists } from './lists';
import { check as pageShapes } from './page-shapes';
import { check as shortNames } from './short-names';

export const PAGE_CHECKS: PageCheck[] = [boxes, lists, shortNames, pageShapes, findingStyles];
