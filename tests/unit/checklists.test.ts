import { describe, expect, test } from 'vitest';
import { checklistSearchType, citation } from '../../src/lib/documents/checklists.ts';
import { checklistKindValues } from '../../src/schemas/vocabulary.ts';

describe('checklist helpers', () => {
  test('a power list is searched as 权责清单, the two community lists as 社区事项清单', () => {
    expect(checklistKindValues.map(checklistSearchType)).toEqual(['权责清单', '社区事项清单', '社区事项清单']);
  });

  test('a citation puts the law in 《》 once, then the article', () => {
    expect(citation({ law: '《中华人民共和国城市居民委员会组织法》', article: '第三条' })).toBe(
      '《中华人民共和国城市居民委员会组织法》第三条',
    );
    expect(citation({ law: '社会救助暂行办法' })).toBe('《社会救助暂行办法》');
  });
});
