/** Change history (更新记录) of a document: which entries readers see, and the shown 更新时间. */
import type { Change } from '../../schemas/change.ts';
import { compareDates } from '../dates.ts';

/** Major changes, newest first: the 更新记录 shown on the page. */
export function visibleChanges(changes: readonly Change[] | undefined): Change[] {
  return (changes ?? []).filter((c) => c.kind === 'major').sort((a, b) => compareDates(b.date, a.date));
}

/** 更新时间: the publication date, or the latest major change if later. Minor changes do not count. */
export function lastUpdated(published: string, changes: readonly Change[] | undefined): string {
  const latest = visibleChanges(changes)[0]?.date;
  return latest && compareDates(latest, published.slice(0, 10)) > 0 ? latest : published;
}
