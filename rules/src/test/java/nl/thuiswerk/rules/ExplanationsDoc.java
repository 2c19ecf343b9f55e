package nl.thuiswerk.rules;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.DecisionException;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.WhatIf;
import nl.thuiswerk.json.ThuiswerkJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;


/**
 * docs/explanations.md: the explanation format with examples decided from the public cases by this build. Made by the
 * build's generate step ({@link GeneratedFiles}); {@code GeneratedFilesTest} fails when the checked-in page is not
 * what the library writes now.
 */
final class ExplanationsDoc {

    private ExplanationsDoc() {
    }

    static String generate() throws Exception {
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();
        Case teacher = ThuiswerkJson.readCase(ExplanationTest.TEACHER);
        Decision lab = advisor.decide(ThuiswerkJson.readCase(Files.readAllLines(Path.of("../examples/cases/cases.jsonl")).get(6)),
                Locale.ENGLISH);
        StringBuilder md = new StringBuilder();
        md.append("""
                # Explanations

                Every decision explains itself four ways: **reasons** (what the rules found, with the published words they
                encode and the facts behind them), **assumptions** (every default applied, with its path), **what would
                change** (the smallest changes of the facts that would give another outcome, or lift a condition) and a
                **receipt** (what anyone needs to check the decision later). `explain` puts them in plain words for a
                worker or a manager; `verify` checks a decision against its case.

                The examples on this page are decided from the public cases (`examples/cases/cases.jsonl`) by the build
                itself (its generate step, `GeneratedFiles`), and `GeneratedFilesTest` fails when the page and what the
                library writes drift apart.

                ## whatWouldChange

                For each outcome other than the decision's, every **smallest** set of changes to the discrete facts that
                gives it; and for each condition, every smallest change that lifts it while the outcome and share stay.
                The discrete facts are:

                | fact | path | values |
                |---|---|---|
                | a task needs to be on site | `job.tasks[i].needs` | `NONE` (could be done from home) or `ANY` (had to be done on site, whichever need); `from` lists its needs |
                | the company doctor's advice | `worker.occupationalPhysicianAdvice` | `GIVEN` → `NONE` only: the product never proposes health advice, and never shows its share here |
                | the home workplace | `worker.homeWorkplace` | `ADEQUATE`, `INADEQUATE_REMEDIABLE`, `INADEQUATE_NOT_REMEDIABLE` |
                | the corona measures on site | `onSiteWorkplace.meetsCoronaMeasures` | `true`, `false`, `NOT_STATED` |

                Each candidate change a person can make (the tasks as they are, every task that needs the site done
                from home, every task needed on site, or one task toggled; the advice kept or taken away; each home
                workplace; each answer on the corona measures) is decided by running the version's own rules, all of
                them, and the smallest that change the decision are kept: no formula of the policy is repeated to find
                them. `WhatWouldChangeTest` compares the list with a brute-force search that decides every combination
                of the facts, for every public example, 400 generated cases, and a kind of the tests only whose rules
                let the corona measures decide the outcome. An entry:

                ```json
                {"changes": [{"path": "job.tasks[0].needs", "from": "LOCATION_BOUND_EQUIPMENT", "to": "NONE"}],
                 "outcome": "HOME", "maxOnSiteShare": 0.0, "conditionsLifted": [], "text": "If …"}
                ```

                What would change each public example (English):

                """);
        for (String line : Files.readAllLines(Path.of("../examples/cases/cases.jsonl"))) {
            Case c = ThuiswerkJson.readCase(line);
            try {
                Decision d = advisor.decide(c, Locale.ENGLISH);
                md.append("- **").append(c.caseId()).append("** (").append(d.outcome());
                md.append(d.maxOnSiteShare().isEmpty() ? ", no limit" : ", " + d.maxOnSiteShare().getAsDouble()).append(")\n");
                for (WhatIf w : d.whatWouldChange()) {
                    md.append("  - ").append(w.text()).append('\n');
                }
                if (d.whatWouldChange().isEmpty()) {
                    md.append("  - nothing among the discrete facts would change it\n");
                }
            } catch (DecisionException e) {
                md.append("- **").append(c.caseId()).append("**: ").append(e.code()).append(", so nothing to change\n");
            }
        }
        md.append("""

                ## assumptions

                Each default applied, with the path of the fact the case did not state, so a portal knows what to ask
                next: a task without `needs` is taken as work that can be done from home; a worker without a company
                doctor's advice gets no share on site for health; a home workplace not stated is taken as adequate.
                A stated value, even an empty list of needs, is no assumption.

                ## receipt

                `inputSha256` is the sha256 of the case in canonical JSON (the contract's field order, numbers as their
                shortest decimal, needs in a fixed order, facts not stated left out), so the same case in another
                layout has the same receipt; `ruleSetFingerprint` is the version's fingerprint
                ([versions.md](versions.md)); `libraryVersion` is the thuiswerk that decided.
                `java -jar cli/target/thuiswerk.jar verify DECISION.json CASE.json` decides the case again and confirms
                (exit 0) or names each difference (exit 1): `INPUT` (the case is not the one decided), `RULE_SET` (the
                rules are not the ones that decided), `OUTCOME` (outcome, share or codes differ) or `DECISION` (another
                part differs, with its path).

                ## A decision in full

                The lab technician of the public examples (`ex-lab`), in English:

                ```json
                """);
        md.append(ThuiswerkJson.writePretty(lab)).append("\n```\n");
        md.append("""

                ## explain

                `java -jar cli/target/thuiswerk.jar explain CASE.json --lang en` (or `--lang nl`) for the teacher of the
                public examples:

                ```text
                """);
        md.append(advisor.explain(teacher, Locale.ENGLISH)).append("```\n\n```text\n");
        md.append(advisor.explain(teacher, Locale.forLanguageTag("nl"))).append("```\n");
        return md.toString();
    }
}
