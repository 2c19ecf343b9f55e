package nl.thuiswerk;

import java.time.LocalDate;
import java.util.List;

/**
 * One immutable, dated version of the rules: the advice of one phase.
 *
 * @param id          stable id, the first day it is valid, e.g. {@code 2021-02-18}
 * @param title       the advice in its own words
 * @param validFrom   first day in force (inclusive)
 * @param validTo     last day in force (inclusive); null for a version without an end: the last of a law that has
 *                    none (a later date is answered by it), or an employer's policy version that is in force until
 *                    a later one follows (a version of the advice always has a last day)
 * @param phaseCode   the code of the phase's advice, e.g. {@code WORK_FROM_HOME_UNLESS}
 * @param sources     the published texts the version encodes
 * @param fingerprint {@code sha256:} over every file of the rules artefact the version decides with: its DRL and
 *                    metadata, the executable-model classes compiled from them (the shared criteria's included),
 *                    the model index and the texts (docs/security.md lists them)
 * @param evidence    whether its first day and its wording rest on a government text or on a report of it
 */
public record RuleSetInfo(String id, String title, LocalDate validFrom, LocalDate validTo, String phaseCode,
                          List<Source> sources, String fingerprint, Evidence evidence) {

    public RuleSetInfo {
        sources = List.copyOf(sources);
        java.util.Objects.requireNonNull(evidence, "evidence");
    }

    /** Whether this version is in force on the given day. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
