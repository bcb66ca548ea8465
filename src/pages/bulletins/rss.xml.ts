import { bulletinsFeed } from '../../data/feeds.ts';

export const GET = () => bulletinsFeed();
