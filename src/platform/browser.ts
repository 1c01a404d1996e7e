// The one import of the WebExtension API: Chrome gets Firefox's promise-based `browser.*` shape.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
