import type { ApiClient, CommandResult } from '../../app/api';

/** What converting an accepted quote left: its job, and the quote's version to read it back at. */
export interface Conversion {
  jobId: string;
  jobVersion: number;
  /** The quote at least at the version after the one shown: it moved on by its QuoteConvertedToJob. */
  quote: CommandResult;
}

/**
 * Converts an accepted quote to its job. The API takes no body (the job's id is derived from the
 * quote's) and answers the job's id and version (201 the first time, 200 with the same job after),
 * not the quote's: the quote is read back at the version after the one shown.
 */
export async function convertToJob(api: ApiClient, quoteId: string, shownVersion: number): Promise<Conversion> {
  const job = await api.command('POST', `/quotes/${quoteId}/convert-to-job`);
  return { jobId: job.streamId, jobVersion: job.version, quote: { streamId: quoteId, version: shownVersion + 1 } };
}
