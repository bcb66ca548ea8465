/** The 落款 at the end of a body (src/lib/documents/signature.ts), set right-aligned on pages. */
import { describe, expect, test } from 'vitest';
import { signatureParagraphs } from '../../src/lib/documents/signature.ts';

const issuers = ['云川市柳塘区民政局', '云川市柳塘区财政局'];
const body = (ending: string) => `各街道办事处要认真落实。\n\n本通知自2024年7月1日起执行。\n\n${ending}\n`;

describe('the 落款 of a document', () => {
  test('the issuers, separated by full-width spaces, then the 成文日期: two paragraphs', () => {
    expect(
      signatureParagraphs(body('云川市柳塘区民政局　　云川市柳塘区财政局\n\n2024年6月14日'), issuers, '2024-06-14'),
    ).toBe(2);
    expect(signatureParagraphs(body('云川市柳塘区民政局\n\n2024年6月14日'), issuers, '2024-06-14')).toBe(2);
  });

  test('a date alone, or after a line that is not the issuers: only the date', () => {
    expect(signatureParagraphs(body('2024年6月14日'), issuers, '2024-06-14')).toBe(1);
    expect(signatureParagraphs(body('联系人：张三\n\n2024年6月14日'), issuers, '2024-06-14')).toBe(1);
  });

  test('a body that does not end with its 成文日期 has none', () => {
    expect(signatureParagraphs(body('云川市柳塘区民政局\n\n2024年6月15日'), issuers, '2024-06-14')).toBe(0);
    expect(signatureParagraphs(body('特此通知。'), issuers, '2024-06-14')).toBe(0);
    expect(signatureParagraphs('', issuers, '2024-06-14')).toBe(0);
  });
});
