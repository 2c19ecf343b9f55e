package nl.thuiswerk.cli;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.ErrorCode;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.json.ThuiswerkJson;

import java.util.List;
import java.util.Locale;

/** Turns the JSON text of one case into the JSON of its answer: a decision or an error, never an exception. */
final class CaseAnswerer {

    /**
     * @param json    the decision or error, without a line break
     * @param decided whether it is a decision
     */
    record Answer(String json, boolean decided) {
    }

    /** {@link HomeWorkingAdvisor#decide(Case, Locale)}, or in tests an engine that fails. */
    @FunctionalInterface
    interface Decider {
        Decision decide(Case aCase, Locale locale);
    }

    private final Decider decider;
    private final Locale locale;
    private final boolean pretty;

    CaseAnswerer(Decider decider, Locale locale, boolean pretty) {
        this.decider = decider;
        this.locale = locale;
        this.pretty = pretty;
    }

    Answer answer(String text) {
        Case aCase = null;
        try {
            aCase = ThuiswerkJson.readCase(text);
            Decision decision = decider.decide(aCase, locale);
            return new Answer(pretty ? ThuiswerkJson.writePretty(decision) : ThuiswerkJson.write(decision), true);
        } catch (DecisionException e) {
            return error(e);
        } catch (RuntimeException e) {
            // a defect in the engine for one case must not cost the other cases of a batch their answers;
            // the class name is enough to report it, the message might quote the case's health facts
            return error(new DecisionException(ErrorCode.INTERNAL_ERROR, aCase == null ? null : aCase.caseId(),
                    "the engine failed on this case: " + e.getClass().getSimpleName(), List.of()));
        }
    }

    private Answer error(DecisionException e) {
        return new Answer(pretty ? ThuiswerkJson.writePretty(e) : ThuiswerkJson.write(e), false);
    }
}
