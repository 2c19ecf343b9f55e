package nl.thuiswerk.internal;

import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.NoRuleSetPeriod;
import nl.thuiswerk.RuleSetInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The versions in date order and the periods without one, as {@code periods.json} declares them. Every day is
 * covered by at most one version; a day without a version is either in a declared period or refused as
 * undeclared, which the loading refuses up front so that it cannot happen at decision time. A declared period gives
 * its reason for the days in it that no version covers: a version added inside it takes its own days, so adding a
 * version is its metadata file alone.
 */
final class Timeline {

    private final List<RuleSetVersion> versions;
    private final List<NoRuleSetPeriod> periods;
    private final List<NoRuleSetPeriod> declared;

    @SuppressWarnings("unchecked")
    Timeline(List<RuleSetVersion> unsorted, Map<String, Object> index) {
        List<RuleSetVersion> sorted = new ArrayList<>(unsorted);
        sorted.sort(Comparator.comparing(v -> v.info().validFrom()));
        this.versions = List.copyOf(sorted);
        List<NoRuleSetPeriod> declared = new ArrayList<>();
        for (Object o : (List<Object>) index.getOrDefault("withoutRuleSet", List.of())) {
            Map<String, Object> p = (Map<String, Object>) o;
            // every reason in each language the library answers in: a Dutch refusal must not quote an English one
            if (!(p.get("reason") instanceof String) || !(p.get("reasonNl") instanceof String)) {
                throw new IllegalStateException("rulesets.json: a period without rule set needs a reason and a reasonNl");
            }
            declared.add(new NoRuleSetPeriod(date(p.get("from")), date(p.get("to")), (String) p.get("reason"),
                    (String) p.get("reasonNl")));
        }
        this.declared = List.copyOf(declared);
        this.periods = uncovered(this.declared, versions);
        check();
    }

    /** The declared periods without the days a version covers: a period a version falls into is split around it. */
    private static List<NoRuleSetPeriod> uncovered(List<NoRuleSetPeriod> declared, List<RuleSetVersion> versions) {
        List<NoRuleSetPeriod> left = new ArrayList<>(declared);
        for (RuleSetVersion v : versions) {
            RuleSetInfo info = v.info();
            List<NoRuleSetPeriod> split = new ArrayList<>();
            for (NoRuleSetPeriod p : left) {
                boolean overlaps = (p.from() == null || info.validTo() == null || !p.from().isAfter(info.validTo()))
                        && (p.to() == null || !p.to().isBefore(info.validFrom()));
                if (!overlaps) {
                    split.add(p);
                    continue;
                }
                if (p.from() == null || p.from().isBefore(info.validFrom())) {
                    split.add(new NoRuleSetPeriod(p.from(), info.validFrom().minusDays(1), p.reason()));
                }
                if (info.validTo() != null && (p.to() == null || p.to().isAfter(info.validTo()))) {
                    split.add(new NoRuleSetPeriod(info.validTo().plusDays(1), p.to(), p.reason()));
                }
            }
            left = split;
        }
        left.sort(Comparator.comparing(NoRuleSetPeriod::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(left);
    }

    private static LocalDate date(Object value) {
        return value == null || value == JsonTree.NULL ? null : LocalDate.parse((String) value);
    }

    /** Versions never overlap, and from the first version to the last each day is a version's or declared. */
    private void check() {
        if (versions.isEmpty()) {
            throw new IllegalStateException("the rules artefact declares no rule-set version");
        }
        for (int i = 1; i < versions.size(); i++) {
            RuleSetInfo before = versions.get(i - 1).info();
            RuleSetInfo after = versions.get(i).info();
            if (before.validTo() == null || !after.validFrom().isAfter(before.validTo())) {
                throw new IllegalStateException("rule sets " + before.id() + " and " + after.id() + " overlap");
            }
            LocalDate day = before.validTo().plusDays(1);
            while (day.isBefore(after.validFrom())) {
                LocalDate d = day;
                NoRuleSetPeriod period = declared.stream().filter(p -> p.covers(d)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no rule set and no declared reason for " + d
                                + ", between " + before.id() + " and " + after.id()));
                day = period.to() == null ? after.validFrom() : period.to().plusDays(1);
            }
        }
    }

    List<RuleSetVersion> versions() {
        return versions;
    }

    List<NoRuleSetPeriod> periods() {
        return periods;
    }

    RuleSetVersion versionFor(String caseId, LocalDate date) {
        return versionFor(caseId, date, Language.EN);
    }

    /** The version in force on the date, or {@code NO_RULESET_IN_FORCE} worded in the given language. */
    RuleSetVersion versionFor(String caseId, LocalDate date, Language language) {
        for (RuleSetVersion v : versions) {
            if (v.info().covers(date)) {
                return v;
            }
        }
        throw new DecisionException(ErrorCode.NO_RULESET_IN_FORCE, caseId, noVersionMessage(date, language), List.of());
    }

    /** The version in force on the date, or null. */
    RuleSetVersion find(LocalDate date) {
        for (RuleSetVersion v : versions) {
            if (v.info().covers(date)) {
                return v;
            }
        }
        return null;
    }

    /** The declared period without a version that covers the date, or null. */
    NoRuleSetPeriod periodOf(LocalDate date) {
        return periods.stream().filter(p -> p.covers(date)).findFirst().orElse(null);
    }

    RuleSetVersion byId(String id) {
        return versions.stream().filter(v -> v.info().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule-set version " + id + "; there are "
                        + versions.stream().map(v -> v.info().id()).toList()));
    }

    /**
     * Whole sentences: that no version is in force on the date and why (the period's reason), then the versions
     * around it.
     */
    private String noVersionMessage(LocalDate date, Language language) {
        RuleSetInfo before = null;
        RuleSetInfo after = null;
        for (RuleSetVersion v : versions) {
            if (v.info().validTo() != null && v.info().validTo().isBefore(date)) {
                before = v.info();
            } else if (after == null && v.info().validFrom().isAfter(date)) {
                after = v.info();
            }
        }
        Messages m = Messages.LIBRARY;
        java.util.Locale locale = java.util.Locale.forLanguageTag(language.tag());
        StringBuilder message = new StringBuilder(periods.stream().filter(p -> p.covers(date)).findFirst()
                .map(p -> m.get(language, "noRuleSet.onDateBecause", date, p.reason(locale)))
                .orElse(m.get(language, "noRuleSet.onDate", date)));
        if (before != null && after != null) {
            message.append(' ').append(m.get(language, "noRuleSet.nearest", before.id(), before.title(),
                    before.validTo(), after.id(), after.title(), after.validFrom()));
        } else if (before != null) {
            message.append(' ').append(m.get(language, "noRuleSet.last", before.id(), before.title(), before.validTo()));
        } else if (after != null) {
            message.append(' ').append(m.get(language, "noRuleSet.first", after.id(), after.title(), after.validFrom()));
        }
        return message.toString();
    }
}
