package nl.thuiswerk.oracle;

import nl.thuiswerk.Case;
import nl.thuiswerk.HomeWorkplace;
import nl.thuiswerk.Need;
import nl.thuiswerk.Task;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision of docs/policy.md computed step by step, with its own table of phases. It knows nothing of the
 * rules' metadata, facts or texts: only outcome, share and codes, which is what it is compared on.
 */
public final class Oracle {

    /** How a phase turns the justified share s into the share in force s'. */
    public enum Kind { UNLESS, NO_LIMIT, HALF }

    /** A phase of the advice as the policy table (and its sources) give it. */
    public record Phase(LocalDate from, LocalDate to, Kind kind, String code) {
        boolean covers(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
    }

    /** Outcome, share and codes, or the error code when no phase covers the date. */
    public record Answer(String outcome, Double maxOnSiteShare, List<String> reasons, List<String> conditions,
                         String error) {
    }

    /**
     * The phases of the policy table with the dates docs/versions.md gives for them, from the criteria to the lapse
     * without a gap. 13 and 28 November 2021 are one decision in two wordings, so two phases of the same kind.
     */
    public static final List<Phase> PHASES = List.of(
            new Phase(LocalDate.of(2021, 2, 18), LocalDate.of(2021, 6, 25), Kind.UNLESS, "WORK_FROM_HOME_UNLESS"),
            new Phase(LocalDate.of(2021, 6, 26), LocalDate.of(2021, 7, 18), Kind.HALF, "HALF_TIME_ON_SITE"),
            new Phase(LocalDate.of(2021, 7, 19), LocalDate.of(2021, 9, 24), Kind.UNLESS, "WORK_FROM_HOME_UNLESS"),
            new Phase(LocalDate.of(2021, 9, 25), LocalDate.of(2021, 11, 2), Kind.NO_LIMIT, "HOME_WHERE_POSSIBLE_OFFICE_WHEN_NEEDED"),
            new Phase(LocalDate.of(2021, 11, 3), LocalDate.of(2021, 11, 12), Kind.HALF, "AT_LEAST_HALF_AT_HOME"),
            new Phase(LocalDate.of(2021, 11, 13), LocalDate.of(2021, 11, 27), Kind.UNLESS, "WORK_FROM_HOME_UNLESS"),
            new Phase(LocalDate.of(2021, 11, 28), LocalDate.of(2022, 2, 14), Kind.UNLESS, "WORK_FROM_HOME_UNLESS"),
            new Phase(LocalDate.of(2022, 2, 15), LocalDate.of(2022, 3, 14), Kind.HALF, "HALF_TIME_ON_SITE"));

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final MathContext PRECISE = MathContext.DECIMAL128;

    private Oracle() {
    }

    public static Answer decide(Case c) {
        Phase phase = PHASES.stream().filter(p -> p.covers(c.referenceDate())).findFirst().orElse(null);
        if (phase == null) {
            return new Answer(null, null, List.of(), List.of(), "NO_RULESET_IN_FORCE");
        }
        // 1. the work share: hours of tasks with any need over all hours
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal withNeeds = BigDecimal.ZERO;
        for (Task t : c.job().tasks()) {
            BigDecimal h = new BigDecimal(Double.toString(t.hoursPerWeek()));
            all = all.add(h);
            if (!t.needsOrNone().isEmpty()) {
                withNeeds = withNeeds.add(h);
            }
        }
        BigDecimal w = withNeeds.divide(all, PRECISE);
        // 2. the personal shares
        BigDecimal m = c.worker() != null && c.worker().occupationalPhysicianAdvice() != null
                ? new BigDecimal(Double.toString(c.worker().occupationalPhysicianAdvice().onSiteShare()))
                : BigDecimal.ZERO;
        HomeWorkplace home = c.worker() == null || c.worker().homeWorkplace() == null
                ? HomeWorkplace.ADEQUATE : c.worker().homeWorkplace();
        BigDecimal d = home == HomeWorkplace.INADEQUATE_NOT_REMEDIABLE ? BigDecimal.ONE : BigDecimal.ZERO;
        // 3. the grounds are max'ed
        BigDecimal s = w.max(m).max(d);
        // 4. the share in force; null means no national limit
        BigDecimal inForce = switch (phase.kind()) {
            case UNLESS -> s;
            case NO_LIMIT -> s.compareTo(BigDecimal.ONE) >= 0 ? BigDecimal.ONE : null;
            case HALF -> s.max(HALF);
        };
        String outcome = inForce == null ? "PARTLY_ON_SITE"
                : inForce.signum() == 0 ? "HOME"
                : inForce.compareTo(BigDecimal.ONE) >= 0 ? "ON_SITE"
                : "PARTLY_ON_SITE";
        // 5. reasons
        List<String> reasons = new ArrayList<>();
        if (s.signum() > 0) {
            for (Need need : Need.values()) {
                if (c.job().tasks().stream().anyMatch(t -> t.needsOrNone().contains(need))) {
                    reasons.add(switch (need) {
                        case PHYSICAL_PRESENCE -> "NATURE_OF_WORK";
                        case LOCATION_BOUND_EQUIPMENT -> "LOCATION_BOUND_EQUIPMENT";
                        case CONFIDENTIAL_INFORMATION -> "CONFIDENTIAL_INFORMATION";
                        case ESSENTIAL_PROCESS -> "ESSENTIAL_PROCESS";
                    });
                }
            }
            if (m.signum() > 0) {
                reasons.add("MENTAL_HEALTH");
            }
            if (d.signum() > 0) {
                reasons.add("HOME_WORKPLACE_INADEQUATE");
            }
        }
        boolean phaseReason = switch (phase.kind()) {
            case UNLESS -> s.signum() == 0;
            case NO_LIMIT -> s.compareTo(BigDecimal.ONE) < 0;
            case HALF -> s.compareTo(HALF) < 0;
        };
        if (phaseReason) {
            reasons.add(phase.code());
        }
        // 6. conditions, judged on the share in force
        boolean onSite = inForce == null || inForce.signum() > 0;
        boolean someAtHome = inForce == null || inForce.compareTo(BigDecimal.ONE) < 0;
        Boolean corona = c.onSiteWorkplace() == null ? null : c.onSiteWorkplace().meetsCoronaMeasures();
        List<String> conditions = new ArrayList<>();
        if (home == HomeWorkplace.INADEQUATE_REMEDIABLE && someAtHome) {
            conditions.add("HOME_WORKPLACE_TO_BE_MADE_ADEQUATE");
        }
        if (onSite && Boolean.FALSE.equals(corona)) {
            conditions.add("ON_SITE_WORKPLACE_NOT_CORONA_PROOF");
        }
        if (onSite && corona == null) {
            conditions.add("CORONA_MEASURES_UNCONFIRMED");
        }
        Double share = inForce == null ? null : inForce.setScale(4, RoundingMode.HALF_UP).doubleValue();
        return new Answer(outcome, share, reasons.stream().sorted().toList(), conditions.stream().sorted().toList(), null);
    }
}
