export {
  type BuildOptions,
  type BundleSource,
  buildBundle,
  bundleBytes,
  bundleLayout,
  DEFAULT_BUNDLE_RETENTION_DAYS,
  expireDueBundles,
  failBundle,
  removeBundles,
  stalledBundles,
} from "./bundle";
export { type BundleMessage, bodyText, messageEml, safeName, transcriptHtml } from "./render";
export { type TarFile, tarEnd, tarEntries } from "./tar";
