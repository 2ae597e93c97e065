/** What each chart module returns: its file name, its titles (for the manifest) and its Vega-Lite spec. */
export interface ChartDef {
  /** File stem: <name>.vl.json, <name>.svg, <name>.png. */
  name: string;
  title: string;
  subtitle: string[];
  spec: Record<string, unknown>;
  /** The chart's data as rows, written beside it as <name>.csv (plain values, one column per field). */
  csv: Record<string, string | number | boolean | null>[];
}
