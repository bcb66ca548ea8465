import type { APIRoute, GetStaticPaths } from 'astro';
import { feedTopics, topicFeed } from '../../../data/feeds.ts';

export const getStaticPaths = (async () =>
  (await feedTopics()).map((topic) => ({ params: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => topicFeed(params['topic']!);
