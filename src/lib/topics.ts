/**
 * 主题分类: a two-level tree from the site configuration. Documents name a topic as `一级\二级`
 * or, when the second-level name is unique, by that name alone.
 */
export type TopicTree = Record<string, string[]>;

export function allTopics(tree: TopicTree): string[] {
  return Object.entries(tree).flatMap(([first, seconds]) => seconds.map((second) => `${first}\\${second}`));
}

/** The full `一级\二级` path of a topic as written, or undefined when it is not configured. */
export function resolveTopic(tree: TopicTree, written: string): string | undefined {
  const normalized = written.replace(/[/／＼]/g, '\\').trim();
  const all = allTopics(tree);
  if (all.includes(normalized)) return normalized;
  const matches = all.filter((topic) => topic.split('\\')[1] === normalized);
  return matches.length === 1 ? matches[0] : undefined;
}

/** The second level, for display: `民政\社会救助` → `社会救助`. */
export function topicLeaf(topic: string): string {
  return topic.split('\\').pop() ?? topic;
}

/** The full path for readers: `民政\社会救助` → `民政 › 社会救助` (the backslash is the files' notation). */
export function topicPath(topic: string): string {
  return topic.split('\\').join(' › ');
}
