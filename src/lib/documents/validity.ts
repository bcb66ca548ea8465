/**
 * Whether a policy is in force on a given day (有效性), from what the editor declared and from
 * its dates: 施行日期 (effectiveDate) and 有效期至 (expiryDate, the last day in force).
 *
 * - 废止 and 已修改 are decided by people and kept as declared.
 * - Before the effective date a document is 尚未生效; after its expiry date it is 失效.
 * - A declared 尚未生效 with a validityDate and no effectiveDate takes effect on validityDate.
 * So the status shown flips on the right day when the site is rebuilt (daily: docs/deploying.md).
 */
import type { Validity } from '../../schemas/vocabulary.ts';
import { compareDates } from '../dates.ts';
import { checkText } from '../../i18n/checks.ts';

export type DatedValidity = {
  validity: Validity;
  validityDate?: string | undefined;
  effectiveDate?: string | undefined;
  expiryDate?: string | undefined;
};

export type Status = {
  validity: Validity;
  /** The day the state began (for 尚未生效: the day it will take effect). */
  since?: string | undefined;
  /** `declared`: as the editor wrote it; `dates`: computed from the dates. */
  basis: 'declared' | 'dates';
};

/** The calendar day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function effectiveStart(doc: DatedValidity): string | undefined {
  return doc.effectiveDate ?? (doc.validity === '尚未生效' ? doc.validityDate : undefined);
}

export function statusOn(doc: DatedValidity, today: string): Status {
  if (doc.validity === '废止' || doc.validity === '已修改') {
    return { validity: doc.validity, since: doc.validityDate, basis: 'declared' };
  }
  const start = effectiveStart(doc);
  if (start && compareDates(today, start) < 0) return { validity: '尚未生效', since: start, basis: 'dates' };
  if (doc.expiryDate && compareDates(today, doc.expiryDate) > 0) {
    return { validity: '失效', since: nextDay(doc.expiryDate), basis: 'dates' };
  }
  if (doc.validity === '失效') return { validity: '失效', since: doc.validityDate, basis: 'declared' };
  return { validity: '有效', since: start, basis: doc.validity === '有效' ? 'declared' : 'dates' };
}

/**
 * When the declared status and the dates disagree, what the editor should change (Chinese), or
 * undefined. The page shows the status from the dates either way.
 */
export function statusConflict(doc: DatedValidity, today: string): string | undefined {
  const status = statusOn(doc, today);
  if (status.validity === doc.validity) return undefined;
  const m = checkText.validityConflict;
  if (status.validity === '尚未生效') return m.notYetInForce(doc.validity, status.since, status.validity);
  if (status.validity === '失效' && status.basis === 'dates') {
    return m.expired(doc.validity, doc.expiryDate, status.validity, status.since);
  }
  if (doc.validity === '尚未生效') return m.inForce(status.since, status.validity);
  return m.other(doc.validity, status.validity);
}
