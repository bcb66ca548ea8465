/** 办事指南: `content/guides/<topic>/<name>.md`, at /guides/<topic>/<name>/. */
import { GuideSchema } from '../schemas/guide.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { scaffoldText } from '../i18n/scaffold.ts';
import { guideUrl } from '../lib/documents/guides.ts';
import { defineKind } from './types.ts';

export const guides = defineKind({
  name: 'guides',
  folder: 'guides',
  pattern: '**/*.{md,mdx}',
  schema: GuideSchema,
  label: collectionLabels.guides,
  page: { url: (entry) => guideUrl(entry.id, entry.data.topic), title: (entry) => entry.data.title },
  catalogue: {
    issuer: (entry, site) => entry.data.department ?? site.publisher,
    date: (entry) => entry.data.publishDate,
  },
  bodyLinks: true,
  editor: {
    path: '{{fields.topic}}/{{slug}}',
    format: 'frontmatter',
    extension: 'md',
    body: true,
    choices: (site) => ({ topic: site.guideTopics.map((t) => t.slug) }),
  },
  scaffold: {
    command: 'guide',
    label: '办事指南',
    order: 6,
    questions: [
      {
        input: 'topic',
        flag: 'topic',
        message: '办事指南主题',
        options: ({ site }) => site.guideTopics.map((t) => ({ value: t.slug, label: t.name })),
      },
    ],
    make: ({ site }, input, { slug }) => {
      const topic = input.topic ?? site.guideTopics[0]?.slug;
      if (!topic) throw new Error(scaffoldText.noGuideTopics);
      return {
        id: `${topic}/${slug}`,
        body: '',
        data: {
          title: input.title,
          topic,
          basis: [{ law: '（请填写法律法规名称）' }],
          conditions: ['（请填写受理条件）'],
          materials: [{ name: '申请人居民身份证', form: '原件和复印件', copies: 1 }],
          steps: [
            { name: '受理', description: '（请填写受理环节）' },
            { name: '决定', description: '（请填写决定环节）' },
          ],
          statutoryDays: 20,
          promisedDays: 15,
          fee: '不收费',
          place: site.contact.address,
          hours: '工作日 上午 9:00—12:00，下午 13:30—17:00',
          phone: site.contact.phone,
          complaintPhone: site.contact.phone,
          publishDate: input.date,
        },
      };
    },
  },
});
