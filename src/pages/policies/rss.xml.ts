import { policiesFeed } from '../../data/feeds.ts';

export const GET = () => policiesFeed();
