package nl.thuiswerk.examples;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Job;
import nl.thuiswerk.Need;
import nl.thuiswerk.OnSiteWorkplace;
import nl.thuiswerk.Task;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;

/** The Java example of the README, verbatim between the markers; a test holds the two together. */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    public static void main(String[] args) {
        // README:begin
        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create(); // build once, share between threads
        Case teacher = new Case("teacher-7", LocalDate.of(2021, 3, 15),
                Job.of("Teacher", Task.needing("Teaching in class", 24, Need.PHYSICAL_PRESENCE),
                        Task.atHome("Preparing lessons", 12)),
                null, new OnSiteWorkplace(true));

        Decision decision = advisor.decide(teacher, Locale.ENGLISH);
        // empty where the phase in force sets no national limit: nothing to unbox by mistake
        OptionalDouble share = decision.maxOnSiteShare();
        System.out.println(decision.outcome() + " " + (share.isPresent() ? share.getAsDouble() : "no limit"));
        // prints PARTLY_ON_SITE 0.6667
        decision.reasons().forEach(r -> System.out.println(r.code() + ": " + r.text()));
        // README:end
    }
}
