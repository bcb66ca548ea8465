/** Content guard, page check, signed manifest and verifier (docs/security.md). */
export const integrityText = {
  fieldLabels: {
    allowedDomains: '允许链接的外部域名',
    manifestPublicKey: '完整性清单公钥',
  },

  /** content/site.yaml fields. */
  site: {
    domainExpected: '域名，例如 zwfw.example.gov.cn，或以点开头的 .gov.cn',
    domainsExpected: '允许链接的外部域名',
    badDomain: (input: string) =>
      `“${input}”格式不对；应只写域名，不含 https:// 和路径：zwfw.example.gov.cn 只允许这一个网站，.gov.cn（以点开头）允许所有以 .gov.cn 结尾的网站。`,
    publicKeyExpected: '完整性清单公钥（npm run keygen 输出的一行 base64）',
    badPublicKey:
      '这不是有效的 Ed25519 公钥；请填写 npm run keygen 输出的 manifestPublicKey 那一行（一行 base64 文字）。',
  },

  /** src/guard/denylist.yaml and content/guard/denylist.yaml. */
  denylist: {
    fileExpected: '违禁词表：entries 列表',
    entriesExpected: '违禁词条目',
    entryExpected: '违禁词条目：term 或 pattern、category、rule，可选 with、gap、except、scope、severity、note',
    termExpected: '违禁词',
    patternExpected: '正则表达式',
    badPattern: (input: string) => `正则表达式“${input}”写法有误，无法使用；请按 JavaScript 正则表达式的语法改正。`,
    categoryExpected: '类别，例如 赌博 或 色情',
    ruleExpected: '规则',
    withExpected: '连用才违规的词',
    withEmpty: 'with 至少要有一个词。',
    gapExpected: '两个词之间最多相隔的字数（0 到 20 的整数）',
    scopeExpected: '检查范围',
    noteExpected: '说明',
    exceptExpected: '含有该词的正常用语',
    exceptWithoutTerm: 'except 只用于写了 term 的条目。',
    exceptMustContain: (word: string, term: string) =>
      `except 中的“${word}”不含违禁词“${term}”，写了也不起作用；except 只写含有该词的正常用语，例如 百家乐 的 百家乐龄（一百家乐龄服务站）。`,
    severityExpected: '严重程度：error（阻止发布）或 warning（只提醒）',
    termOrPattern: '每个条目要写 term（词语）或 pattern（正则表达式），二者只能写一个。',
    combinationNeedsWith: 'rule 为 combination 的条目必须写 term 和 with（与之连用才违规的词）。',
    withOnlyForCombination:
      'with 只用于 rule: combination 的条目；rule: always 的词在任何位置出现都是错误，请删除 with。',
  },

  /** The content guard's messages (src/lib/guard/check.ts). */
  guard: {
    places: {
      body: '正文',
      alt: '图片说明（alt）',
      linkTitle: '链接提示文字（title）',
      comment: '注释',
      key: '字段名',
      attribute: (name: string) => `组件属性 ${name} `,
    },
    denied: (place: string, shown: string, label: string, category: string) =>
      `${place}含有违禁内容“${shown}”（${category}：${label}）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。`,
    deniedWarning: (place: string, shown: string, label: string, category: string) =>
      `${place}含有疑似违禁内容的拼音“${shown}”（${category}：${label}）；如果这不是本单位写的，请报告网站管理员。拼音也可能是正常用语，所以只是提醒，不阻止发布。`,
    tagReasons: {
      script: '它会在读者的浏览器里运行代码',
      iframe: '它会把其他网站的页面嵌进本站',
      object: '它会嵌入插件或外部程序',
      embed: '它会嵌入插件或外部程序',
      style: '它会改变或隐藏页面内容',
      form: '它会把读者填写的信息提交出去',
      meta: '它会改变页面的跳转或地址',
      svg: '它可以包含脚本和隐藏的链接',
    },
    dangerousTag: (tag: string, raw: string, reason: string) =>
      `正文中不允许使用 <${tag}> 标签（“${raw}”）：${reason}，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。`,
    otherTag: (tag: string, raw: string) =>
      `正文中不允许使用 <${tag}> 标签（“${raw}”）；正文只能用 Markdown 和少数排版标签（如 <sup>、<sub>、<br>、<table>）。请删除或改用 Markdown。`,
    styleAttribute: (tag: string, raw: string) =>
      `正文中的 <${tag}> 不允许使用 style 属性（“${raw}”）：它能把链接和文字隐藏起来，只给搜索引擎看。请删除；排版请用 Markdown。`,
    eventAttribute: (tag: string, name: string) =>
      `正文中的 <${tag}> 不允许使用 ${name} 属性：它会在读者的浏览器里运行代码。请删除。`,
    hidingAttribute: (tag: string, name: string) =>
      `正文中的 <${tag}> 不允许使用 ${name} 属性隐藏内容：读者看不到、只有搜索引擎能看到的文字和链接是网站被挂“黑链”的典型手法。请删除。`,
    otherAttribute: (tag: string, name: string) =>
      `正文中的 <${tag}> 不允许使用 ${name} 属性（class、id 等可以套用网站样式把内容隐藏）；只能用 href、src、alt、title 等基本属性。请删除。`,
    emptyLink: (shown: string) =>
      `链接没有读者能看到的文字（“${shown}”）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请给链接写上文字，或删除它。`,
    commentLink: (shown: string) =>
      `注释中含有链接（“${shown}”）：注释不显示给读者，却会发布到网页中，常被用来藏“黑链”。请删除这段注释。`,
    mdxComponent: (name: string, allowed: string) =>
      `MDX 中不能使用 <${name}>：只能使用本站提供的组件（${allowed}）。请改用这些组件或普通 Markdown。`,
    mdxProp: (component: string, prop: string, allowed: string) =>
      `组件 <${component}> 没有 ${prop} 属性；可用的属性是 ${allowed}。请删除或改正这个属性。`,
    mdxEsm: (allowed: string) =>
      `MDX 中不允许 import 或 export 语句：它们可以引入并运行任意代码。本站组件（${allowed}）无需导入即可使用；请删除这一行。`,
    mdxExpression: (shown: string) =>
      `MDX 中不允许使用 {…} 表达式（“${shown}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。`,
    externalLink: (url: string, host: string) =>
      `链接“${url}”指向的网站 ${host} 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。`,
    externalImage: (url: string, host: string) =>
      `图片“${url}”来自 ${host}，不在允许名单中。图片请放到 public/ 下，用以 / 开头的站内路径引用；确需引用外部图片时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains。`,
    badProtocol: (url: string, protocol: string) =>
      `链接“${url}”使用了不允许的 ${protocol} 协议；链接只能是 https:// 网址、以 / 开头的站内路径、mailto: 或 tel:。请改正或删除。`,
  },

  /** The check of the built pages (src/lib/integrity/pages.ts); `file` is the page's path in the output. */
  pages: {
    title: (file: string, found: string, expected: string) =>
      `${file}: 网页标题 <title> 是“${found}”，应为“${expected}”。`,
    titleSuffix: (file: string, found: string, siteName: string) =>
      `${file}: 网页标题 <title> 是“${found}”，应以网站名称结尾（“… - ${siteName}”），网站名称只能来自 content/site.yaml。`,
    articleTitle: (file: string, found: string, expected: string) =>
      `${file}: ArticleTitle 是“${found}”，应为“${expected}”。`,
    heading: (file: string, found: string, expected: string) =>
      `${file}: 页面大标题 <h1> 是“${found}”，应为“${expected}”。`,
    siteNameMeta: (file: string, found: string, expected: string) =>
      `${file}: SiteName 是“${found}”，应为网站名称“${expected}”（content/site.yaml 的 name）。`,
    siteNameHeader: (file: string, found: string, expected: string) =>
      `${file}: 页头显示的网站名称是“${found}”，应为“${expected}”（content/site.yaml 的 name）。`,
    headerSiteName: '页头网站名称',
    count: (file: string, what: string, count: number) => `${file}: ${what} 有 ${count} 处，应正好 1 处。`,
    denied: (file: string, what: string, shown: string, label: string, category: string) =>
      `${file}: ${what} 含有违禁内容“${shown}”（${category}：${label}）。`,
    symlink: '是一个符号链接：它会把网站以外的文件发布出去。请从 public/ 中删除这个链接，换成文件本身。',
    summary: (problems: number, pages: number) =>
      `生成的网页与内容和网站配置不符：${problems} 处问题（检查了 ${pages} 个网页）。网页在生成过程中被改动，可能是模板、构建环境或依赖包被篡改，或有人在 public/ 中放入了网页；请停止发布，核对上面列出的页面和最近的改动。`,
    passed: (pages: number, ms: number) => `网页标题和网站名称检查通过：${pages} 个网页（用时 ${ms} 毫秒）。`,
  },

  /** The signing keys (src/lib/integrity/keys.ts). */
  keys: {
    notEd25519: (type: string) => `密钥类型是 ${type}，应为 Ed25519（请用 npm run keygen 生成）`,
    bothSet: '同时设置了 GONGKAI_SIGNING_KEY 和 GONGKAI_SIGNING_KEY_FILE；请只保留一个。',
    fileInProject: (file: string) =>
      `签名私钥文件 ${file} 在项目文件夹内，可能被提交到代码仓库；请把它移到项目以外（例如 ~/.config/gongkai/signing-key.pem），再修改 GONGKAI_SIGNING_KEY_FILE。`,
    fileUnreadable: (file: string, reason: string) =>
      `无法读取签名私钥文件 ${file}（${reason}）；请检查 GONGKAI_SIGNING_KEY_FILE。`,
    badPrivateKey: (source: string, reason: string) =>
      `${source} 中不是有效的签名私钥（${reason}）；应为 npm run keygen 输出的 PEM 私钥。`,
  },

  /** The manifest written after each build (src/integrations/integrity.ts). */
  manifest: {
    signed: (files: number, pages: number, ms: number) =>
      `完整性清单已生成并签名：${files} 个文件、${pages} 个网页（用时 ${ms} 毫秒）。任何人都可以用 npm run verify 核对网站是否被篡改。`,
    unsigned: (files: number, pages: number, ms: number) =>
      `完整性清单已生成，但未签名：${files} 个文件、${pages} 个网页（用时 ${ms} 毫秒）。没有设置签名私钥（GONGKAI_SIGNING_KEY 或 GONGKAI_SIGNING_KEY_FILE）；运行 npm run keygen 生成密钥对。`,
    noPublicKey:
      '设置了签名私钥，但 content/site.yaml 中没有 manifestPublicKey；请把 npm run keygen 输出的公钥填入 manifestPublicKey，否则别人无法核对签名。',
    keyMismatch:
      '签名私钥与 content/site.yaml 中的 manifestPublicKey 不是一对；请使用与该公钥配对的私钥，或换用新密钥对并同时更新 manifestPublicKey。',
    missingPrivateKey:
      'content/site.yaml 设置了 manifestPublicKey，但没有提供签名私钥（GONGKAI_SIGNING_KEY 或 GONGKAI_SIGNING_KEY_FILE）：不签名就发布，任何人都无法证明网站未被篡改，所以构建停止。正式发布请提供私钥；只做预览时设置 GONGKAI_UNSIGNED_PREVIEW=1（预览不会发布公钥，也不能用于正式网站）。',
    unsignedPreview: (files: number, pages: number, ms: number) =>
      `未签名的预览版：完整性清单已生成但未签名，也没有发布公钥（${files} 个文件、${pages} 个网页，用时 ${ms} 毫秒）。这个版本不能作为正式网站发布。`,
    notLast: (last: string) =>
      `完整性清单应在所有集成之后生成，但 ${last} 排在 gongkai:integrity 之后，它写出的文件不会列入清单；请在 astro.config.mjs 中把 integrity() 放到 integrations 的最后。`,
  },

  /** npm run keygen (scripts/keygen.ts). */
  keygen: {
    help: `用法：npm run keygen [-- --out 文件]

生成一对新的 Ed25519 密钥，用于给每次构建的完整性清单签名。私钥只给构建使用，绝不能提交到代码仓库；
公钥写进 content/site.yaml，随网站发布，供任何人核对。

  --out 文件    把私钥写入这个文件（权限 600，必须在项目文件夹以外），而不是打印出来`,
    privateKey: '私钥（保密！只放在构建机器上，不要提交到代码仓库）：',
    savedTo: (file: string) => `私钥已写入 ${file}（只有你能读取）。`,
    publicKey: '公钥（写入 content/site.yaml）：',
    steps: (publicLine: string, keyFile: string | undefined) =>
      [
        '接下来：',
        `1. 在 content/site.yaml 末尾加一行：manifestPublicKey: ${publicLine}`,
        keyFile
          ? `2. 构建时设置 GONGKAI_SIGNING_KEY_FILE=${keyFile}`
          : '2. 把私钥保存到项目以外的文件（chmod 600），构建时设置 GONGKAI_SIGNING_KEY_FILE=该文件；或在 CI 中把私钥存为机密变量 GONGKAI_SIGNING_KEY。',
        '3. 运行 npm run build：输出“完整性清单已生成并签名”即成功；发布后用 npm run verify -- https://网站域名/ 核对。',
      ].join('\n'),
    outInProject: (file: string) =>
      `不能把私钥写到项目文件夹内（${file}）：它可能被提交到代码仓库。请换一个项目以外的位置。`,
    outExists: (file: string) => `${file} 已存在；为免覆盖已有私钥，请换一个文件名，或先手动删除它。`,
  },

  /** npm run verify (scripts/verify.ts, src/lib/integrity/verify.ts). */
  verify: {
    help: `用法：npm run verify -- <网站文件夹 | https://网站地址/> [--public-key 公钥] [--site 站点文件夹] [--allow-unsigned] [--json]

按签名的完整性清单（/.well-known/gongkai-manifest.json）核对一份网站文件或正在运行的网站：
列出被改动、缺少和多出的文件（例如被植入的 shell.php）。核对网址时，还会以百度、谷歌爬虫的身份、
以从搜索引擎点进来的访客身份，以及访问不存在的地址，检查网站是否对他们返回了不同的内容（“黑帽 SEO”
劫持和 404 页面劫持）。清单的签名用本地 content/site.yaml 中的公钥（或 --public-key）验证，
篡改网站的人无法重新签名。

  --public-key KEY   用这个公钥（一行 base64、PEM 文字或 PEM 文件路径）验证签名
  --site DIR         从另一个站点文件夹读取 content/site.yaml
  --allow-unsigned   清单没有签名时只给出警告（默认是错误）
  --json             以 JSON 输出
  --group DIR        核对一个站群（输出文件夹或网址）：门户和每个成员，各用自己 content/site.yaml 中的公钥；
                     门户的清单还要与它记录的每个成员清单一致（站群文件夹是 group.yaml 所在的文件夹）
  --member CODE      与 --group 一起：只核对这个成员（可以写多次）
  --portal           与 --group 一起：只核对门户

退出码：0 一切一致；1 发现问题；2 无法核对（参数错误、无法读取清单或网站）。`,
    groupOptions: '--member 和 --portal 要与 --group 一起用；--group 时每个网站用自己的公钥，不能再给 --public-key。',
    usage:
      '请指定要核对的网站文件夹或网址，例如 npm run verify -- dist 或 npm run verify -- https://mzj.example.gov.cn/。',
    noPublicKey:
      '没有可用来验证签名的公钥：content/site.yaml 中没有 manifestPublicKey，也没有给出 --public-key。只能核对文件是否与清单一致，无法证明清单本身未被篡改。',
    badPublicKey: (reason: string) =>
      `公钥无效（${reason}）；请检查 --public-key 或 content/site.yaml 的 manifestPublicKey。`,
    keyFromSite: (where: string) =>
      `--public-key 给出的公钥（${where}）取自被核对的网站本身：篡改网站的人可以连公钥一起替换，用它核对什么也证明不了。请用本单位代码仓库中 content/site.yaml 的 manifestPublicKey，或通过网站以外的渠道（书面通知、内网）得到的公钥。`,
    keySameAsPublished:
      '警告 你给出的公钥与网站上发布的公钥（/.well-known/gongkai-public-key.pem）相同。只有当你是从网站以外的渠道得到它时，这次核对才有意义；如果是从网站上复制的，它什么也证明不了——篡改网站的人可以连公钥一起替换。',
    manifestMissing: (where: string, reason: string) =>
      `读取不到完整性清单 ${where}（${reason}）；请确认网站是用 npm run build 生成的，且 /.well-known/ 可以访问。`,
    manifestInvalid: (reason: string) => `完整性清单格式不对（${reason}），可能已被篡改。`,
    /** One line per finding. */
    findings: {
      unsigned:
        '清单没有签名：无法证明它出自本单位，攻击者可以连同网页一起伪造清单。请配置签名密钥（npm run keygen）后重新构建发布。',
      badSignature:
        '清单签名无效：清单在签名后被改动过，或是用别的密钥签的。网站可能已被篡改，请立即检查服务器，并从可信的构建重新发布。',
      changed: (path: string, detail: string) => `已改动 ${path}：${detail}`,
      missing: (path: string) => `缺少 ${path}：清单中有这个文件，但网站上没有。`,
      missingOnline: (path: string, status: number) => `缺少 ${path}：清单中有这个文件，但网站返回状态 ${status}。`,
      memberManifest: (code: string, path: string) =>
        `已改动 ${path}：成员 ${code} 的完整性清单与门户清单记录的不同。成员的网页和清单可能被一起替换了；请从可信的构建重新发布这个成员和门户。`,
      memberManifestMissing: (code: string, path: string) =>
        `缺少 ${path}：门户清单记录了成员 ${code} 的完整性清单，但网站上没有。`,
      unexpected: (path: string) =>
        `多出 ${path}：清单中没有这个文件，可能是被植入的（如网页后门、黑链页面）。请核实后删除。`,
      probe: (path: string, status: number) =>
        `多出 ${path}：网站对这个常见后门地址返回了状态 ${status} 和内容；静态网站不应有它，请检查服务器是否被植入文件。`,
      cloaked: (path: string, visitor: string, detail: string) =>
        `${visitor}看到的 ${path} 与清单不同：${detail}。这是“黑帽 SEO”劫持的典型特征：只给搜索引擎或从搜索引擎来的访客看赌博等内容。`,
      notFound: (path: string, visitor: string, detail: string) =>
        `${visitor}访问不存在的地址 ${path} 时，${detail}；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。`,
      unreachable: (path: string, visitor: string, reason: string) => `${visitor}无法读取 ${path}（${reason}）。`,
    },
    details: {
      hash: (expectedSize: number, actualSize: number) =>
        `内容与清单不符（清单 ${expectedSize} 字节，现为 ${actualSize} 字节）`,
      title: (expected: string, actual: string) => `标题由“${expected}”变为“${actual}”`,
      links: (hosts: string) => `含有指向 ${hosts} 的链接`,
      status: (status: number) => `返回状态 ${status}`,
      redirect: (status: number, location: string) =>
        location ? `被重定向（状态 ${status}）到 ${location}` : `被重定向（状态 ${status}），没有给出目标地址`,
      notFoundBody: '返回的内容不是本站的 404 页面',
    },
    visitors: {
      browser: '普通访客',
      baidu: '百度爬虫（Baiduspider）',
      google: '谷歌爬虫（Googlebot）',
      fromSearch: '从百度搜索结果点进来的访客',
    },
    signatureOk: (key: string) => `清单签名有效（公钥 ${key}）。`,
    summaryOk: (files: number, online: boolean) =>
      online
        ? `核对通过：清单中的 ${files} 个文件与网站一致，爬虫和搜索来访者看到的内容相同，404 页面正常。（核对网址时无法列出服务器上多出的文件。）`
        : `核对通过：${files} 个文件与完整性清单完全一致，没有多出的文件。`,
    summaryFailed: (count: number, counts: string, online: boolean) =>
      `核对发现 ${count} 处问题（${counts}）。${online ? '（核对网址时无法列出服务器上多出的文件。）' : ''}网站可能已被篡改：请从可信的构建重新发布，并检查服务器和账号安全。`,
    counts: {
      signature: '签名',
      changed: '改动',
      missing: '缺少',
      unexpected: '多出',
      cloaked: '区别对待访客',
      notFound: '404 异常',
      unreachable: '无法读取',
    },
    unsignedWarning: '警告 清单没有签名（--allow-unsigned）：只核对了文件与清单是否一致。',
  },
} as const;
