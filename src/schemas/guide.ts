import { z } from 'astro/zod';
import { plainDateTime, strictObject, text } from './fields.ts';

// Initial shape; the full DOMAIN §8 field set is filled in with the service-guide pages.
/** Front matter of a service guide (办事指南), `content/guides/**\/*.md`. */
export const GuideSchema = strictObject(
  {
    /** 事项名称. */
    title: text('事项名称'),
    /** Topic: a `slug` from `guideTopics` in content/site.yaml. */
    topic: text('办事指南主题的网址名，例如 shjz'),
    /** 发布日期. */
    publishDate: plainDateTime(),
  },
  '办事指南的字段',
);

export type Guide = z.output<typeof GuideSchema>;
