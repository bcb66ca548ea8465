import { expect, test } from 'vitest';
import { lastUpdated, visibleChanges } from '../../src/lib/documents/changes.ts';
import { formatBytes, formatOf } from '../../src/lib/documents/attachments.ts';
import type { Change } from '../../src/schemas/change.ts';

const changes: Change[] = [
  { date: '2025-03-01', kind: 'major', note: '调整补贴标准' },
  { date: '2025-06-01', kind: 'minor', note: '更正错别字' },
  { date: '2024-12-01', kind: 'major', note: '补充附件' },
];

test('major changes are shown newest first; minor ones are not shown', () => {
  expect(visibleChanges(changes).map((c) => c.date)).toEqual(['2025-03-01', '2024-12-01']);
  expect(visibleChanges(undefined)).toEqual([]);
});

test('更新时间 moves with major changes only', () => {
  expect(lastUpdated('2024-10-10 09:00', changes)).toBe('2025-03-01');
  expect(lastUpdated('2024-10-10 09:00', [{ date: '2025-06-01', kind: 'minor', note: '错字' }])).toBe(
    '2024-10-10 09:00',
  );
  expect(lastUpdated('2026-01-01', changes)).toBe('2026-01-01');
});

test('attachments are described by format and size', () => {
  expect(formatOf('files/2024/biao.DOCX')).toBe('DOCX');
  expect([formatBytes(900), formatBytes(1536), formatBytes(3 * 1024 * 1024)]).toEqual(['900 B', '1.5 KB', '3.0 MB']);
});
