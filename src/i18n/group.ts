/** What site groups (站群) say to editors and operators: group.yaml, build:group, prefixes. */
export const groupText = {
  /** Labels of group.yaml's fields in messages (`members[2].prefix（网址前缀）`). */
  fieldLabels: {
    portal: '门户网站文件夹',
    members: '成员部门',
    'members.code': '成员代码',
    'members.name': '部门名称',
    'members.site': '网站文件夹',
    'members.prefix': '网址前缀',
  },
  badPrefix: (prefix: string) =>
    `网址前缀“${prefix}”不可用：前缀应由小写字母、数字和连字符组成，前后用斜杠，例如 /mzj/。`,
  noGroupFile: (folder: string) =>
    `${folder} 里没有 group.yaml：站群文件夹应有一个 group.yaml，写明门户网站和成员部门。`,
  noFolder: (value: string) => `文件夹“${value}”不存在（相对 group.yaml 所在的文件夹）。`,
  notASite: (value: string) => `文件夹“${value}”不是一个网站：里面应有 content/site.yaml。`,
  otherDomain: (site: string, own: string, domain: string, prefix: string) =>
    `成员网站 ${site}/content/site.yaml 的 domain 是 ${own}，应与门户网站相同（${domain}）：站群的成员网站在门户的域名下，网址以 ${prefix} 开头。`,
  reservedPrefix: (prefix: string) =>
    `网址前缀 ${prefix} 与门户网站自己的网页地址重名（如 /policies/、/search/）；请换一个前缀，例如部门代码。`,
  build: {
    usage: '用法：npm run build:group -- <站群文件夹> [--out 输出文件夹] [--member 成员代码] [--portal] [--jobs 2]',
    invalid: (folder: string) => `站群 ${folder} 的 group.yaml 有误，未构建：`,
    badJobs: (jobs: string) => `--jobs 应为 1 到 4 的整数，不是“${jobs}”。`,
    unknownMember: (codes: string[], known: string[]) =>
      `没有代码为 ${codes.join('、')} 的成员；group.yaml 里的成员是 ${known.join('、')}。`,
    memberBuilt: (code: string, name: string, prefix: string, seconds: number) =>
      `成员 ${code}（${name}）已构建到 ${prefix}，用时 ${seconds.toFixed(1)} 秒。`,
    memberFailed: (code: string, name: string, dir: string) =>
      `成员 ${code}（${name}，${dir}）构建失败，站群未发布；原因见上面以 [${code}] 开头的信息。`,
    /** `file`: the search records or the manifest that the portal's build reads. */
    noRecords: (code: string, file: string) =>
      `成员 ${code} 的构建结果里没有 ${file}：请用 npm run build:group 重新构建这个成员（--member ${code}），门户的搜索要用它。`,
    portalFailed: (dir: string) => `门户网站（${dir}）构建失败；原因见上面以 [portal] 开头的信息。`,
    membersMissing: (members: string[], out: string) =>
      `门户要在成员之后构建，但 ${out} 里还没有这些成员的网页：${members.join('、')}。请先构建它们（--member），或下载它们的构建结果。`,
    done: (name: string, members: number, portal: boolean, out: string, seconds: number) =>
      `${name}：已构建 ${members} 个成员${portal ? '和门户网站' : ''}，输出在 ${out}，用时 ${seconds.toFixed(1)} 秒。`,
  },
  ci: {
    usage:
      '用法：node scripts/group-ci.ts <站群文件夹> matrix，或 node scripts/group-ci.ts <站群文件夹> key <成员代码>',
  },
  /** The portal's views of the group (src/pages/library/, the home page). */
  views: {
    library: '政策文件库',
    libraryIntro: (portal: string) =>
      `${portal}和所属各部门发布的政策文件，按发布日期从新到旧排列，可按部门查看；失效、废止的文件仍可查阅，并标明效力状态。`,
    libraryColumn: '政策文件库',
    catalogue: '政府信息公开目录',
    catalogueIntro: (portal: string) =>
      `${portal}和所属各部门主动公开的政策文件，每件都有索引号，按发布日期从新到旧排列，可按部门查看；各部门公开的其他信息见其网站的信息公开目录。`,
    indexNo: '索引号',
    type: '类型',
    all: '全部部门',
    byDepartment: '按部门查看',
    department: '部门',
    members: '部门网站',
    membersIntro: '各部门的网站。在本站搜索，可以同时查到各部门发布的文件。',
  },
  schema: {
    groupExpected: '站群的字段：名称（name）、门户网站文件夹（portal）和成员（members）',
    groupNameExpected: '站群名称，例如 柳塘区人民政府网站群',
    portalExpected: '门户网站的文件夹（含 content 和 public），相对 group.yaml，例如 portal',
    membersExpected: '成员部门',
    noMembers: '站群至少要有一个成员部门。',
    memberExpected: '成员：代码（code）、名称（name）、网站文件夹（site），可选网址前缀（prefix）',
    codeExpected: '成员代码，例如 mzj',
    badCode: (code: string) =>
      `成员代码“${code}”不可用：应以小写字母开头，只含小写字母和数字，共 2 到 16 个字符，例如 mzj。`,
    nameExpected: '部门名称，例如 柳塘区民政局',
    siteExpected: '成员的网站文件夹（含 content 和 public），相对 group.yaml，例如 members/mzj',
    prefixExpected: '网址前缀，例如 /mzj/',
    duplicateCode: (code: string, first: number) => `成员代码“${code}”与第 ${first} 个成员重复；每个成员的代码应不同。`,
    rootPrefix: '成员的网址前缀不能是 /：根目录是门户网站的；请写 /部门代码/，例如 /mzj/。',
    overlappingPrefix: (prefix: string, other: string, at: number) =>
      `网址前缀 ${prefix} 与第 ${at} 个成员的 ${other} 重叠：一个成员的网址不能在另一个成员之下。`,
  },
};
