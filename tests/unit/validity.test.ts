import { describe, expect, test } from 'vitest';
import { nextDay, statusConflict, statusOn, type DatedValidity } from '../../src/lib/documents/validity.ts';

const inForce: DatedValidity = { validity: '有效', effectiveDate: '2025-01-01', expiryDate: '2026-12-31' };

describe('status on a given day', () => {
  test.each([
    // [document, today, shown status, since]
    [inForce, '2024-12-31', '尚未生效', '2025-01-01'],
    [inForce, '2025-01-01', '有效', '2025-01-01'],
    [inForce, '2026-12-31', '有效', '2025-01-01'],
    [inForce, '2027-01-01', '失效', '2027-01-01'],
    [{ validity: '尚未生效', validityDate: '2027-01-01' }, '2026-12-31', '尚未生效', '2027-01-01'],
    [{ validity: '尚未生效', validityDate: '2027-01-01' }, '2027-01-01', '有效', '2027-01-01'],
    [{ validity: '有效' }, '2026-11-27', '有效', undefined],
    [{ validity: '失效', validityDate: '2023-01-01' }, '2026-11-27', '失效', '2023-01-01'],
    [{ validity: '废止', validityDate: '2024-07-01', effectiveDate: '2022-01-01' }, '2026-11-27', '废止', '2024-07-01'],
    [{ validity: '已修改', validityDate: '2025-04-01' }, '2026-11-27', '已修改', '2025-04-01'],
    // 废止 is a decision: dates do not undo it, even before the effective date.
    [{ validity: '废止', validityDate: '2024-07-01', effectiveDate: '2030-01-01' }, '2026-11-27', '废止', '2024-07-01'],
    [{ validity: '有效', expiryDate: '2024-02-28' }, '2024-02-29', '失效', '2024-02-29'],
    [{ validity: '有效', expiryDate: '2023-12-31' }, '2023-12-31', '有效', undefined],
  ] as [DatedValidity, string, string, string | undefined][])(
    '%o on %s is %s since %s',
    (doc, today, validity, since) => {
      expect(statusOn(doc, today)).toMatchObject({ validity, since });
    },
  );

  test('the day after a month end and a leap day', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-02-29')).toBe('2024-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('a declared status that contradicts the dates', () => {
  test('有效 before the effective date', () => {
    expect(statusConflict(inForce, '2024-06-01')).toMatchInlineSnapshot(
      `"声明为“有效”，但施行日期 2025-01-01 还没到；网页按日期显示为“尚未生效”，到期自动改为有效。"`,
    );
  });

  test('有效 after the expiry date', () => {
    expect(statusConflict(inForce, '2027-03-01')).toMatchInlineSnapshot(
      `"声明为“有效”，但有效期至 2026-12-31 已过；网页按日期显示为“失效”。请把 validity 改为 失效，validityDate 写 2027-01-01。"`,
    );
  });

  test('尚未生效 after the effective date', () => {
    expect(statusConflict({ validity: '尚未生效', effectiveDate: '2026-01-01' }, '2026-11-27')).toMatchInlineSnapshot(
      `"声明为“尚未生效”，但施行日期 2026-01-01 已到；网页按日期显示为“有效”。请把 validity 改为 有效。"`,
    );
  });

  test('no conflict when the declaration matches', () => {
    expect(statusConflict(inForce, '2026-11-27')).toBeUndefined();
    expect(statusConflict({ validity: '废止', validityDate: '2024-07-01' }, '2026-11-27')).toBeUndefined();
  });
});
