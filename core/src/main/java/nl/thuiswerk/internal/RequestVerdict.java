package nl.thuiswerk.internal;

import nl.thuiswerk.RequestStatus;
import nl.thuiswerk.facts.requests.Deadline;
import nl.thuiswerk.facts.requests.Settles;
import org.kie.api.definition.rule.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the rules of a request found: the global {@code verdict} of the request rules ({@code wfw/…}), which report
 * every rule that fired and hand it the facts they conclude. The status and the deadline are the rules'
 * conclusions, read here as they are inserted; nothing is decided in Java. One per rule run.
 *
 * <p>Public only because the compiled rules of the thuiswerk-rules artefact call it; it is not API. It holds KIE
 * types, which is why it is not in the published {@code nl.thuiswerk.facts.requests}.
 */
public final class RequestVerdict {

    private final Set<Rule> fired = new LinkedHashSet<>();
    private final Set<RequestStatus> statuses = new LinkedHashSet<>();
    private final List<LocalDate> deadlines = new ArrayList<>(1);
    private final List<Object> concluded = new ArrayList<>(8);

    /** A rule that concludes nothing fired: its code is listed. */
    public void found(Rule rule) {
        fired.add(rule);
    }

    /** A rule fired and concludes the fact, which it inserts: the fact is returned as it was given. */
    public <T> T concluded(Rule rule, T fact) {
        fired.add(rule);
        concluded.add(fact);
        if (fact instanceof Settles s && s.status() != null) {
            statuses.add(s.status());
        }
        if (fact instanceof Deadline d) {
            deadlines.add(d.date());
        }
        return fact;
    }

    /** The facts the rules concluded, in the order they were concluded. */
    List<Object> concludedFacts() {
        return concluded;
    }

    /** The rules that fired, each once, in the order they first fired. */
    Set<Rule> fired() {
        return fired;
    }

    /**
     * The one status the rules settled on.
     *
     * @throws IllegalStateException when the rules settled on none or on more than one: a defect of the rules
     */
    RequestStatus status(String what) {
        if (statuses.size() != 1) {
            throw new IllegalStateException(what + " settled on " + statuses.size()
                    + " statuses: a request's rules settle exactly one");
        }
        return statuses.iterator().next();
    }

    /** The deadline the rules concluded, or null where a request has none. */
    LocalDate deadline(String what) {
        if (deadlines.size() > 1) {
            throw new IllegalStateException(what + " concluded " + deadlines.size() + " deadlines");
        }
        return deadlines.isEmpty() ? null : deadlines.get(0);
    }
}
