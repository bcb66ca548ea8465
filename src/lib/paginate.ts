/**
 * Long lists (the policy library, the catalogue, a column's articles) are split into pages of
 * LIST_PAGE_SIZE, so a department with ten thousand documents still serves light pages:
 * `/policies/`, `/policies/page/2/`, …
 */
export const LIST_PAGE_SIZE = 50;

export type ListPage<T> = { items: T[]; number: number; count: number };

export function pageCount(total: number, size = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Every page of a list; page 1 exists even for an empty list. */
export function pagesOf<T>(items: readonly T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
  }));
}

/** `/policies/` + 3 → `/policies/page/3/`; page 1 is the list's own address. */
export function pageUrl(base: string, number: number): string {
  return number <= 1 ? base : `${base}page/${number}/`;
}

/** The addresses of every page of a list of `total` items. */
export function pageUrls(base: string, total: number, size = LIST_PAGE_SIZE): string[] {
  return Array.from({ length: pageCount(total, size) }, (_, i) => pageUrl(base, i + 1));
}
