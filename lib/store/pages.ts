/**
 * Opening the extension's own pages, for the popup: apart from lib/store/extension.ts (which also
 * asks for host grants) so that the popup loads only what it uses.
 */
export { openOptions, optionsUrl } from '../platform/extension-pages';
