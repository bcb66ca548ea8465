/** The shape of bench/.output/results.json: one entry per size, and the budgets. */
import type { BuildMeasurement, FolderSize } from './measure-build.ts';
import type { PageLoad, SearchMeasurement } from './measure-browser.ts';

export type SizeResult = {
  /** `synthetic` (generated documents) or `corpus` (generated site plus an imported real corpus). */
  mode: 'synthetic' | 'corpus';
  /** Documents in the site: generated ones plus, for a corpus, the imported regulation versions. */
  documents: number;
  /** Documents by collection. */
  counts: Record<string, number>;
  contentBytes: number;
  corpus?: { path: string; laws: number; versions: number; failed: number; importMs: number };
  /** Every full build of the project (cold: empty output and cache folders). */
  builds: BuildMeasurement[];
  /** Every build of the plain-Astro baseline of the same Markdown. */
  baselineBuilds: BuildMeasurement[];
  /** The project rebuilt with the cache of the last full build, after one document's text changed. */
  rebuild?: BuildMeasurement;
  /** Then rebuilt again after that document's title changed (front matter: every page is rendered). */
  rebuildTitle?: BuildMeasurement;
  /** Pagefind's CLI run over each baseline build's output: the plain site made searchable. */
  baselineIndexBuilds?: BuildMeasurement[];
  /** Median of the baseline builds plus their Pagefind runs, in ms. */
  baselineIndexedMs?: number;
  /** Median wall time of the full builds and of the baseline builds, in ms. */
  fullMs: number;
  baselineMs?: number;
  /** Largest peak memory (sum over the process tree) of the full builds. */
  peakTreeRssBytes: number;
  pages: number;
  baselinePages?: number;
  dist: FolderSize;
  htmlPages: FolderSize;
  pagefind: FolderSize;
  /** The largest HTML pages (list pages grow with the archive). */
  largestPages: { path: string; bytes: number }[];
  baselineDist?: FolderSize;
  article?: PageLoad;
  policy?: PageLoad;
  search?: SearchMeasurement;
};

export type BudgetStatus = 'PASS' | 'FAIL' | 'SKIP';
export type Budget = { status: BudgetStatus; name: string; measured: string; note?: string };

export type Results = {
  date: string;
  /** Load averages (1, 5, 15 min) when the run started and ended: above the core count, timings are noisy. */
  machine: { cpus: number; memoryBytes: number; loadAverage: number[]; loadAverageAtEnd?: number[] };
  versions: Record<string, string>;
  options: Record<string, unknown>;
  sizes: SizeResult[];
  scaling: { documents: number; fullMs: number; msPer1k: number; marginalMsPer1k?: number }[];
  budgets: Budget[];
};
