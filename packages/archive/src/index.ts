export {
  type BuildOptions,
  type BundleSource,
  buildBundle,
  bundleBytes,
  failBundle,
  stalledBundles,
} from "./bundle";
export { type BundleMessage, bodyText, messageEml, safeName, transcriptHtml } from "./render";
export { type TarFile, tarEnd, tarEntries } from "./tar";
