import type { Analysis, AnalyzeOptions } from "../web/quotelight.js";

export type { Analysis, AnalyzeOptions };

/** An analyzer whose work runs in a Web Worker. */
export interface Analyzer {
  /** Same result as the module's analyze(text, options); rejects with its Error. */
  analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;
  /** Stops the worker; pending analyses reject. */
  terminate(): void;
}

/** Starts a worker. `where` overrides the URLs of worker.js and of the web build. */
export function createAnalyzer(where?: { workerUrl?: string | URL; moduleUrl?: string | URL }): Analyzer;
