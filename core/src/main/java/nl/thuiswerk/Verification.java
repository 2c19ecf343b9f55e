package nl.thuiswerk;

import java.util.List;

/**
 * The result of deciding a case again and comparing it with a decision and its receipt.
 *
 * @param confirmed   true when nothing that matters differs: the same input, the same rules, the same decision
 * @param differences what differs, each with its own message; empty when confirmed
 * @param notes       what differs without changing the decision, such as another library version
 */
public record Verification(boolean confirmed, List<Difference> differences, List<String> notes) {

    public Verification {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    /** What can differ between a decision and deciding its case again. */
    public enum Kind {
        /** The case is not the one the receipt was made for. */
        INPUT,
        /** The rule-set version (its id or fingerprint) is not the one that decided. */
        RULE_SET,
        /** The outcome, share or codes are not what the rules give. */
        OUTCOME,
        /** Another part of the decision (facts, sources, alternatives) is not what the rules give. */
        DECISION,
        /** The decision or its receipt cannot be read. */
        UNREADABLE
    }

    /**
     * One difference.
     *
     * @param kind    what differs
     * @param message in words, naming both sides
     */
    public record Difference(Kind kind, String message) {
    }
}
