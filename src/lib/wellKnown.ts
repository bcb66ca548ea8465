/**
 * The integrity files a build publishes under /.well-known/ (written and read by
 * ./integrity/manifest.ts; the page check's list of addresses knows them too).
 */
export const MANIFEST_FILE = '.well-known/gongkai-manifest.json';
export const SIGNATURE_FILE = '.well-known/gongkai-manifest.json.sig';
export const PUBLIC_KEY_FILE = '.well-known/gongkai-public-key.pem';
