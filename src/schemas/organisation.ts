import { z } from 'astro/zod';
import { list, plainDate, positiveInt, strictObject, text } from './fields.ts';
import { schemaText } from '../i18n/schemas.ts';

const unit = (what: string) =>
  strictObject(
    {
      /** Full name. */
      name: text(`${what}名称`),
      /** Duties, one paragraph. */
      duties: text(`${what}职责`),
      /** Address, for units with their own office. */
      address: text('地址').optional(),
      /** Public phone. */
      phone: text('电话').optional(),
    },
    `${what}：名称（name）、职责（duties），可选地址（address）、电话（phone）`,
  );

/**
 * The bureau's own description, `content/organisation.yaml`: leaders (主要领导), functions
 * (主要职能), internal departments (内设机构), affiliated units (直属机构) and history (历史沿革).
 */
export const OrganisationSchema = strictObject(
  {
    /** 更新时间 shown on the organisation pages. */
    updated: plainDate(),
    /** 主要领导: name, post and division of work. */
    leaders: list(
      strictObject(
        {
          name: text('姓名'),
          /** Post. Example: `党组书记、局长`. */
          post: text('职务'),
          /** 分工. */
          duties: text('工作分工'),
        },
        '领导：姓名（name）、职务（post）、分工（duties）',
      ),
      '主要领导',
    ).min(1, { error: schemaText.organisation.noLeaders }),
    /** 主要职能: one entry per duty. */
    functions: list(text('一项职能'), '主要职能').min(1, { error: schemaText.organisation.noFunctions }),
    /** 内设机构. */
    departments: list(unit('内设机构'), '内设机构'),
    /** 直属机构. */
    affiliated: list(unit('直属机构'), '直属机构'),
    /** 历史沿革: year and event, oldest first. */
    history: list(
      strictObject({ year: positiveInt('年份'), event: text('事件') }, '沿革：年份（year）和事件（event）'),
      '历史沿革',
    ),
  },
  '机构概况的字段',
);

export type Organisation = z.output<typeof OrganisationSchema>;
