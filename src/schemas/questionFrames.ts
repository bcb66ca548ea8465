import { z } from 'astro/zod';
import { list, oneOf, strictObject, text } from './fields.ts';
import { schemaText } from '../i18n/schemas.ts';

/** The parts of a document that answer a kind of question (a service guide's sections, a law's penalties). */
export const answerSections = [
  '申请条件',
  '申请材料',
  '办理流程',
  '收费标准',
  '办理机构',
  '办理时限',
  '法律责任',
] as const;
export type AnswerSection = (typeof answerSections)[number];

/**
 * Question frames and filler (src/search/question-frames.yaml): words that say what kind of answer
 * is wanted (需要什么条件, 要带什么, 谁管) or nothing at all (请问, 吗), not what the question is
 * about. Search removes them before searching and leads to the part of a document that answers.
 */
export const QuestionFramesSchema = strictObject(
  {
    frames: list(
      strictObject(
        {
          /** The words as typed. Example: `需要什么条件`. */
          text: text('问法'),
          /** The part that answers it, or `none` for filler. Example: `申请条件`. */
          section: oneOf([...answerSections, 'none'] as const, '对应部分'),
        },
        '问法条目：text（问法）和 section（对应部分）',
      ),
      '问法列表',
    ),
  },
  '问句框架表：frames（问法列表）',
).superRefine((data, ctx) => {
  const seen = new Set<string>();
  data.frames.forEach((frame, index) => {
    if (seen.has(frame.text)) {
      ctx.addIssue({
        code: 'custom',
        path: ['frames', index, 'text'],
        message: schemaText.questionFrames.duplicateFrame(frame.text),
      });
    }
    seen.add(frame.text);
  });
});

export type QuestionFrames = z.output<typeof QuestionFramesSchema>;
