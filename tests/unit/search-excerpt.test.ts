/** Excerpts read as Chinese text: block joins and cut-off ends as ellipses (src/lib/search/excerpt.ts). */
import { describe, expect, test } from 'vitest';
import { chineseExcerpt } from '../../src/lib/search/excerpt.ts';

describe('search excerpts', () => {
  test('a heading joined to its paragraph by ". " reads as an ellipsis, also around a highlight', () => {
    expect(
      chineseExcerpt(
        '<mark>最低</mark><mark>生活</mark><mark>保障</mark>. <mark>最低</mark>生活保障，通常简称“低保”。',
      ),
    ).toBe('<mark>最低</mark><mark>生活</mark><mark>保障</mark>……<mark>最低</mark>生活保障，通常简称“低保”。');
    expect(chineseExcerpt('申请条件. 具有本区户籍。')).toBe('申请条件……具有本区户籍。');
    expect(chineseExcerpt('柳塘民政工作简报. 2025年第2期')).toBe('柳塘民政工作简报……2025年第2期……');
  });

  test('after a sentence that ended, the join just disappears', () => {
    expect(chineseExcerpt('由街道受理。. 审核确认后发放。')).toBe('由街道受理。审核确认后发放。');
  });

  test('a cut-off end gets an ellipsis; a finished sentence or closing quote does not', () => {
    expect(chineseExcerpt('共同生活的家庭成员人均收入低于')).toBe('共同生活的家庭成员人均收入低于……');
    expect(chineseExcerpt('共同生活的家庭成员人均收入低于<mark>标准</mark>')).toBe(
      '共同生活的家庭成员人均收入低于<mark>标准</mark>……',
    );
    expect(chineseExcerpt('按月发放。')).toBe('按月发放。');
    expect(chineseExcerpt('简称“低保”')).toBe('简称“低保”');
  });

  test('English and numbered text keep their full stops', () => {
    expect(chineseExcerpt('See Art. 3 of the law')).toBe('See Art. 3 of the law');
    expect(chineseExcerpt('1. 申请人提出申请')).toBe('1. 申请人提出申请……');
    expect(chineseExcerpt('')).toBe('');
  });
});
