/**
 * npm run check — validates all content without building pages and prints every problem at
 * once, one per line: `file:line: field（标签）: message`. Exit 1 on errors, 0 otherwise.
 *
 *   npm run check                 check the site in this folder
 *   npm run check -- --json       machine-readable output
 *   npm run check -- --site DIR   check another site folder (holding content/ and public/)
 */
import { parseArgs } from 'node:util';
import { checkSite } from '../src/lib/check/site.ts';
import { formatProblem, printOrder, summarize } from '../src/lib/content/problems.ts';
import { sitePaths } from '../src/lib/content/paths.ts';
import { bodyCacheFile } from '../src/lib/content/bodyCache.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    site: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`用法：npm run check [-- --json] [-- --site 文件夹]

检查 content/ 下的全部内容，不生成网页（npm run build 在生成网页前也做这些检查，只是不比较 git）：
  · 网站配置、机构概况、搜索同义词表，以及政策文件、政策解读、清单、工作简报、栏目文章、办事指南、
    年度报告和法规库的每个文件：字段、日期、文号、索引号；文件之间的引用、编号和栏目更新情况；
  · 正文中的站内链接和图片；
  · 内容安全：违禁词（src/guard/denylist.yaml，以及本站的 content/guard/denylist.yaml）、不安全的 HTML
    和隐藏链接；外部链接只能指向允许的网站（本站、友情链接 links 和 site.yaml 的 allowedDomains）；
  · 法律法规引用：清单和办事指南的设定依据能否对应到法规库中的法规和条文；
  · 在 git 仓库中还会提示未记录的正文修改。
每个问题一行：文件:行: 字段（名称）: 说明。有错误时退出码为 1，只有警告时为 0。

  --json        以 JSON 输出（供编辑器和其他工具使用）
  --site DIR    检查另一个站点文件夹（其中有 content/ 和 public/）`);
  process.exit(0);
}

const started = performance.now();
// Bodies unchanged since the last check or build are not parsed again (src/lib/content/bodyCache.ts).
const cacheDir = process.env['GONGKAI_CACHE_DIR'] ?? 'node_modules/.astro';
const result = checkSite(sitePaths(values.site), { git: true, cacheFile: bodyCacheFile(cacheDir) });
if (values.json) {
  console.log(JSON.stringify({ errors: result.errors, warnings: result.warnings, problems: result.problems }, null, 2));
} else {
  for (const problem of printOrder(result.problems)) console.log(formatProblem(problem));
  const documents = Object.values(result.loaded.entries).reduce((n, list) => n + list.length, 0);
  console.log(
    `${summarize(result.problems)}（检查了 ${documents} 个有效文件，用时 ${Math.round(performance.now() - started)} 毫秒）`,
  );
}
process.exit(result.errors > 0 ? 1 : 0);
