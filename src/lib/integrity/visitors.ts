/**
 * Requests that look like the visitors a hijacked site treats differently, so that a cloaking
 * server cannot tell the verifier from them.
 *
 * A cloaking server shows spam only to search engines' spiders and to people arriving from a
 * search result, and spares whatever looks like a check: a tool's `User-Agent`, headers a real
 * spider never sends (Node's `fetch` adds `sec-fetch-mode: cors` and `accept-language: *`), a
 * referer or address with a tool's name in it. So each request here is written byte for byte:
 * - Baiduspider and Googlebot send exactly the headers those spiders send (as seen in server
 *   logs: no `sec-fetch-*`, no client hints; Baiduspider asks for `zh-cn,zh-tw`);
 * - a visitor is a current Chrome navigation, typed in or followed from a Baidu result page, with
 *   the client hints, `sec-fetch-*` and `accept` of that navigation, and a referer shaped like
 *   Baidu's own redirect links;
 * - files are fetched as Chrome fetches a page's scripts, styles and images;
 * - the address that must not exist is shaped like the site's own addresses.
 * Requests go out through `node:http`/`node:https`, which add nothing of their own but `Host`
 * (written first, as browsers do); compressed answers are decompressed before hashing.
 *
 * What this cannot imitate, and a determined server can still see: the IP address (real spiders
 * come from the search engines' own networks, which a server can confirm by reverse DNS), the TLS
 * and HTTP/2 fingerprint of a real Chrome, and a real browser's behaviour (running scripts,
 * loading images, timing). docs/security.md says what to do about it.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { randomBytes, randomInt } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, inflateSync, zstdDecompressSync } from 'node:zlib';

export type VisitorId = 'browser' | 'baidu' | 'google' | 'fromSearch';
export type Resource = 'document' | 'script' | 'style' | 'image' | 'font' | 'other';

export const VISITORS: VisitorId[] = ['browser', 'baidu', 'google', 'fromSearch'];

/** The Chrome imitated, and the platform it runs on. Update with Chrome's stable releases. */
const CHROME = { major: 156, platform: 'Windows' };
const CHROME_AGENT = `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHROME.major}.0.0.0 Safari/537.36`;
const CLIENT_HINTS: [string, string][] = [
  ['sec-ch-ua', `"Chromium";v="${CHROME.major}", "Not?A_Brand";v="99", "Google Chrome";v="${CHROME.major}"`],
  ['sec-ch-ua-mobile', '?0'],
  ['sec-ch-ua-platform', `"${CHROME.platform}"`],
];
const ACCEPT: Record<Resource, string> = {
  document:
    'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
  script: '*/*',
  style: 'text/css,*/*;q=0.1',
  image: 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8',
  font: '*/*',
  other: '*/*',
};

/** What a file is fetched as, by its extension. */
export function resourceOf(path: string): Resource {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (!extension || extension === 'html' || extension === 'htm') return 'document';
  if (extension === 'js' || extension === 'mjs') return 'script';
  if (extension === 'css') return 'style';
  if (['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'ico'].includes(extension)) return 'image';
  if (['woff', 'woff2', 'ttf', 'otf'].includes(extension)) return 'font';
  return 'other';
}

/**
 * A referer as Baidu's result pages send it: their redirect link with an opaque `url` and `eqid`
 * (the result page's own `referrer` policy lets the full address through).
 */
export function baiduReferer(): string {
  const url = randomBytes(48).toString('base64url');
  return `https://www.baidu.com/link?url=${url}&wd=&eqid=${randomBytes(16).toString('hex')}`;
}

/**
 * The request headers of a visitor, in the order that client sends them. `site` is the page a
 * browser is on when it fetches a file (its referer).
 */
export function headersFor(
  visitor: VisitorId,
  url: URL,
  resource: Resource,
  options: { site?: string | undefined; referer?: string | undefined } = {},
): [string, string][] {
  const host: [string, string] = ['Host', url.host];
  if (visitor === 'baidu') {
    return [
      host,
      ['Connection', 'close'],
      ['User-Agent', 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)'],
      ['Accept-Encoding', 'gzip'],
      ['Accept-Language', 'zh-cn,zh-tw'],
      ['Accept', '*/*'],
    ];
  }
  if (visitor === 'google') {
    return [
      host,
      ['Connection', 'keep-alive'],
      ['Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
      ['From', 'googlebot(at)googlebot.com'],
      [
        'User-Agent',
        `Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/${CHROME.major}.0.0.0 Safari/537.36`,
      ],
      ['Accept-Encoding', 'gzip, deflate, br'],
    ];
  }
  // Chrome sends client hints only to secure origins (https, and localhost).
  const secure = url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  const hints = secure ? CLIENT_HINTS : [];
  if (resource === 'document') {
    const referer = visitor === 'fromSearch' ? (options.referer ?? baiduReferer()) : undefined;
    return [
      host,
      ['Connection', 'keep-alive'],
      ...hints,
      ['Upgrade-Insecure-Requests', '1'],
      ['User-Agent', CHROME_AGENT],
      ['Accept', ACCEPT.document],
      ['Sec-Fetch-Site', referer ? 'cross-site' : 'none'],
      ['Sec-Fetch-Mode', 'navigate'],
      ['Sec-Fetch-User', '?1'],
      ['Sec-Fetch-Dest', 'document'],
      ...(referer ? [['Referer', referer] as [string, string]] : []),
      ['Accept-Encoding', 'gzip, deflate, br, zstd'],
      ['Accept-Language', 'zh-CN,zh;q=0.9'],
    ];
  }
  const destination = resource === 'other' ? 'empty' : resource;
  return [
    host,
    ['Connection', 'keep-alive'],
    ...hints,
    ['User-Agent', CHROME_AGENT],
    ['Accept', ACCEPT[resource]],
    ['Sec-Fetch-Site', 'same-origin'],
    ['Sec-Fetch-Mode', resource === 'script' || resource === 'font' ? 'cors' : 'no-cors'],
    ['Sec-Fetch-Dest', destination],
    ['Referer', options.site ?? `${url.origin}/`],
    ['Accept-Encoding', 'gzip, deflate, br, zstd'],
    ['Accept-Language', 'zh-CN,zh;q=0.9'],
  ];
}

export type Answer = { status: number; location?: string | undefined; body: Uint8Array };

function decode(body: Buffer, encoding: string | undefined): Buffer {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    case 'zstd':
      return zstdDecompressSync(body);
    default:
      return body;
  }
}

/** One GET with exactly these headers; redirects are answered, not followed. */
export function fetchRaw(url: URL, headers: [string, string][], timeoutMs = 20_000): Promise<Answer> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      { method: 'GET', headers: headers.flat(), agent: false, setHost: false, timeout: timeoutMs },
      (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            const encoding = response.headers['content-encoding'];
            resolve({
              status: response.statusCode ?? 0,
              location: response.headers.location,
              body: new Uint8Array(decode(Buffer.concat(chunks), encoding)),
            });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end();
  });
}

/**
 * An address that does not exist but looks like the site's own: a real page's folder with a
 * last segment of the same shape (letters for letters, digits for digits), so a rule that spares
 * unusual addresses does not spare it.
 */
export function unknownAddressLike(addresses: string[], exists: (address: string) => boolean): string {
  // A model whose last part has Latin letters or digits to vary (a Chinese name would come back
  // unchanged, an address that exists).
  const variable = (address: string) => /[0-9A-Za-z]/.test(address.split('/').filter(Boolean).at(-1) ?? '');
  const deep = addresses.filter((address) => address.split('/').filter(Boolean).length >= 2 && variable(address));
  const pool = deep.length > 0 ? deep : addresses.filter(variable);
  for (let attempt = 0; attempt < 50 && pool.length > 0; attempt++) {
    const model = pool[randomInt(pool.length)]!;
    const parts = model.split('/');
    const index = parts.length - (model.endsWith('/') ? 2 : 1);
    const last = parts[index] || 'index';
    parts[index] = [...last]
      .map((char) =>
        /[0-9]/.test(char)
          ? String(randomInt(10))
          : /[a-z]/.test(char)
            ? String.fromCharCode(97 + randomInt(26))
            : /[A-Z]/.test(char)
              ? String.fromCharCode(65 + randomInt(26))
              : char,
      )
      .join('');
    const address = parts.join('/');
    if (!exists(address)) return address;
  }
  return `/${randomBytes(6).toString('hex')}/`;
}
