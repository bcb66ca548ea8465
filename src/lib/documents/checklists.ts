/** Grouping and citation text for duty checklists (pure). */
import type { Checklist, ChecklistItem, LegalBasis } from '../../schemas/checklist.ts';
import { ui } from '../../i18n/ui.ts';

/** The 类型 a checklist is searched and shown as: community lists as 社区事项清单, power lists as 权责清单. */
export function checklistSearchType(kind: Checklist['kind']): string {
  return kind === '权责清单' ? '权责清单' : ui.communityListType;
}

/** Items grouped by 类别 (or 权力类型 in a 权责清单), groups in order of first appearance. */
export function groupItems(list: Checklist): { group: string; items: ChecklistItem[] }[] {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of list.items) {
    const key = (list.kind === '权责清单' ? item.powerType : item.category) ?? '其他';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** `《中华人民共和国城市居民委员会组织法》第三条`: the law's name in 《》 once, then the article. */
export function citation(basis: LegalBasis): string {
  const name = basis.law.replace(/^《|》$/g, '');
  return `《${name}》${basis.article ?? ''}`;
}
