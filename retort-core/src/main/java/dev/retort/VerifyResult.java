package dev.retort;

import java.util.List;

/**
 * What {@link Retort#verify(String)} found: each revision upgraded, downgraded and upgraded again on a scratch place.
 *
 * @param verified       the revisions whose downgrade brought the schema back, in the order they ran
 * @param failedRevision the first revision that did not come back, or null
 * @param failure        what went wrong with it: the error, or that the schema differs; null when all came back
 * @param difference     how the schema after its downgrade differs from before its upgrade, as operations that
 *                       would restore it (empty when the downgrade itself failed)
 * @param scratch        where it ran, e.g. {@code temporary schema retort_scratch_1a2b3c4d} (removed since)
 */
public record VerifyResult(List<String> verified, String failedRevision, String failure, List<String> difference,
                           String scratch) {
    public VerifyResult {
        verified = List.copyOf(verified);
        difference = List.copyOf(difference);
    }

    public boolean ok() {
        return failedRevision == null;
    }
}
