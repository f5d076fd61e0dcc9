/**
 * What the pages ask of the extension besides storage and the background: host grants for Data
 * Center servers, opening the options page, the version. Components reach the browser only
 * through lib/store.
 */
export {
  hasOriginPermission,
  onPermissionsChanged,
  requestNotificationsPermission,
  requestOriginPermission,
  requestOriginsPermission,
} from '../platform/permissions';
export { extensionHomepage, extensionVersion } from '../platform/extension-pages';
