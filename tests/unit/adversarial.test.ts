/**
 * The adversarial corpus (tests/adversarial/cases.ts) through `npm run check`: every hostile
 * input is refused with the message an editor reads, in plain Chinese, naming the file and line;
 * none crashes the check. The build refuses them too (tests/build/adversarial.test.ts), and no
 * MDX case runs any code (tests/unit/mdx-code-gate.test.ts).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { cases } from '../adversarial/cases.ts';
import { checkCase, hostileSite } from '../adversarial/run.ts';

const site = hostileSite();
afterAll(() => site.remove());

describe('the adversarial corpus', () => {
  test('has several variants of every class', () => {
    const counts = Object.groupBy(cases, (hostile) => hostile.class);
    for (const group of Object.values(counts)) expect(group!.length).toBeGreaterThanOrEqual(5);
  });

  test.each(cases.map((hostile) => [hostile.class, hostile.name, hostile] as const))(
    '[%s] %s: refused by the check with its message',
    (_, __, hostile) => {
      const lines = checkCase(site, hostile);
      expect(lines).toEqual(hostile.lines);
      const errors = lines.filter((line) => !line.startsWith('警告'));
      if (hostile.outcome === 'accepted') expect(lines).toEqual([]);
      else if (hostile.outcome === 'warned') expect(errors).toEqual([]);
      else expect(errors.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line).toMatch(/^(警告 )?(content|public)\/\S+(:\d+)?: /);
        expect(line).toMatch(/[\u4e00-\u9fa5]/);
      }
    },
  );
});
