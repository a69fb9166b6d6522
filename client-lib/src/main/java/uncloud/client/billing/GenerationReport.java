package uncloud.client.billing;

/**
 * What one run of bill generation did.
 *
 * @param billsWritten draft bills written (new or replacing an earlier draft)
 * @param recordsWritten bill records written with them
 * @param finalKept customers whose bill of the month is already final and was left alone
 * @param doneByOthers customers another worker regenerated while this run waited for them
 */
public record GenerationReport(long billsWritten, long recordsWritten, long finalKept, long doneByOthers) {}
