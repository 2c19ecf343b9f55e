package nl.thuiswerk;

import java.util.Objects;

/**
 * What a rule-set version rests on: for the first day it is in force and for the wording of its advice, whether a
 * government text says so or only a report of it, and which of the version's sources says so. An auditor sees at
 * once which decisions rest on a press report.
 *
 * @param date          how the first day ({@link RuleSetInfo#validFrom()}) is known
 * @param wording       how the wording of the advice ({@link RuleSetInfo#title()}) is known
 * @param dateSource    the id of the source, among {@link RuleSetInfo#sources()}, that gives the first day
 * @param wordingSource the id of the source, among {@link RuleSetInfo#sources()}, that gives the wording
 */
public record Evidence(EvidenceLevel date, EvidenceLevel wording, String dateSource, String wordingSource) {

    public Evidence {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(dateSource, "dateSource");
        Objects.requireNonNull(wordingSource, "wordingSource");
    }
}
