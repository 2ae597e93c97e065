import type { TableName } from './schema.ts';

/** A row of any published table: column name → value (null for an empty cell). */
export type Row = Record<string, string | number | boolean | null>;

/** Describes the dataset as a whole: sources/dataset.json. */
export interface DatasetMeta {
  name: string;
  title: string;
  description: string;
  licence: { name: string; title: string; path: string };
  licence_note?: string;
  publisher: string;
  citation: string;
  /**
   * The two countries the dataset is about (ISO 3166-1 alpha-3). When given, a fact between other countries (an article
   * about China, Belarus and a third country also states China–Hungary or Belarus–Russia facts) is not published.
   */
  pair?: [string, string];
}

/**
 * build/<out>/records.json, written by the normalise stage and read by every publishing stage
 * (CSV, workbook, charts, brief). Every row has been validated against its schema and every
 * quote checked against its source text.
 */
export interface RecordsFile {
  dataset: DatasetMeta;
  /** The latest publication date among the sources (ISO 8601): the date the data is "as of". Never the clock. */
  data_as_of: string;
  /** Version string of the data, derived from the inputs' checksums. */
  version: string;
  tables: Record<TableName, Row[]>;
}
