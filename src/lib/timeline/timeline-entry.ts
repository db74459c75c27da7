import type { Status } from './event-schema';
import type { Precision } from './periods';

/** A passage an entry rests on. */
export interface EntrySource {
  document: string;
  passage: string;
  /** Root-relative URL of the passage. */
  url: string;
  documentTitle: string;
  documentUntitled: boolean;
  documentDate: string;
  publisher: string | null;
  passageNumber: number;
}

/** How a detected entry was found: the words, the sentence, and the date they were read against. */
export interface Detection {
  text: string;
  sentence: string;
  offsetInSentence: number;
  reference: string;
}

/** One entry of the timeline, curated or detected; undated entries have null dates. */
export interface TimelineEntry {
  /** The entry's anchor on the timeline page, `event-…`, derived from content so it never moves. */
  id: string;
  start: string | null;
  end: string | null;
  precision: Precision | null;
  /** Null for detected entries: no editor has judged them. */
  status: Status | null;
  category: string | null;
  title: string;
  summary: string;
  origin: 'curated' | 'detected';
  /** The first source is the main one. */
  sources: EntrySource[];
  /** The start is the earliest the sources give; the entry runs on from it. */
  openEnded?: boolean;
  /** How a curated date was worked out and how sure it is. */
  dateNote?: string;
  /** The date of the newest source: what an undated or pending entry is known "as of". */
  asOf: string;
  detection?: Detection;
}
