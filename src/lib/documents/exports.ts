/**
 * Machine-readable exports of policies and checklists (数据开放): the rows of the CSV files and
 * the shape of the JSON files. JSON keeps each document's data exactly as validated, so it can be
 * checked against the same schemas; CSV is for spreadsheets (UTF-8 with BOM, for Excel).
 */
import { stringify } from 'csv-stringify/sync';
import type { Checklist } from '../../schemas/checklist.ts';
import type { Policy } from '../../schemas/policy.ts';
import { citation } from './checklists.ts';
import { canonicalDocNumber } from '../docNumber.ts';

export type PolicyExport = {
  id: string;
  /** Absolute address of the page. */
  url: string;
  /** 有效性 on the day of the build (from the declaration and the dates). */
  currentValidity: string;
  /** Full `一级\二级` topic. */
  topicPath: string;
  /** 文号 in the GB/T 9704 form (the data keeps it as the editor typed it). */
  docNumber?: string | undefined;
  /** The front matter as validated by PolicySchema. */
  data: Policy;
};

export const POLICY_CSV_COLUMNS = [
  '索引号',
  '文号',
  '标题',
  '发文机关',
  '成文日期',
  '发布日期',
  '施行日期',
  '有效期至',
  '有效性',
  '主题分类',
  '网址',
] as const;

export function policiesCsv(rows: readonly PolicyExport[]): string {
  return `\uFEFF${stringify(
    rows.map((row) => [
      row.data.indexNo,
      row.data.docNumber ? canonicalDocNumber(row.data.docNumber) : '',
      row.data.title,
      row.data.issuers.join('、'),
      row.data.writtenDate,
      row.data.publishDate,
      row.data.effectiveDate ?? '',
      row.data.expiryDate ?? '',
      row.currentValidity,
      row.topicPath,
      row.url,
    ]),
    { header: true, columns: [...POLICY_CSV_COLUMNS], record_delimiter: 'windows' },
  )}`;
}

export const CHECKLIST_CSV_COLUMNS = [
  '编码',
  '事项名称',
  '类别',
  '权力类型',
  '事项内容',
  '依据',
  '责任单位',
  '备注',
] as const;

export function checklistCsv(list: Checklist): string {
  return `\uFEFF${stringify(
    list.items.map((item) => [
      item.code,
      item.name,
      item.category ?? '',
      item.powerType ?? '',
      item.content ?? '',
      (item.basis ?? []).map(citation).join('；'),
      item.department ?? '',
      item.notes ?? '',
    ]),
    { header: true, columns: [...CHECKLIST_CSV_COLUMNS], record_delimiter: 'windows' },
  )}`;
}
