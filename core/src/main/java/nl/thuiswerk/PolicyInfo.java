package nl.thuiswerk;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated version of an employer's policy: the employer's own rules on top of the national ones, which may set a
 * floor and a cap on the share of working time on site (docs/policies.md).
 *
 * @param id          the policy's id, as a case names it in {@code employerPolicy}, e.g. {@code voorbeeld-bv}
 * @param version     the version's id, e.g. {@code voorbeeld-bv-2022-03-15}; pinned like a national version's
 * @param title       the version in the employer's own words
 * @param validFrom   first day in force (inclusive)
 * @param validTo     last day in force (inclusive); null while no later version follows
 * @param sources     the employer's documents the version encodes
 * @param fingerprint {@code sha256:} over the version's metadata, its rules and the classes compiled from them, the
 *                    policy's model index and texts, and the library's shared packages it decides with
 */
public record PolicyInfo(String id, String version, String title, LocalDate validFrom, LocalDate validTo,
                         List<Source> sources, String fingerprint) {

    public PolicyInfo {
        sources = List.copyOf(sources);
    }

    /** Whether this version is in force on the given day. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
