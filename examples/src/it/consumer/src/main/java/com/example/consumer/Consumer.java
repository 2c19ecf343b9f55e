package com.example.consumer;

import nl.thuiswerk.Case;
import nl.thuiswerk.Decision;
import nl.thuiswerk.HomeWorkingAdvisor;
import nl.thuiswerk.Job;
import nl.thuiswerk.Need;
import nl.thuiswerk.OnSiteWorkplace;
import nl.thuiswerk.Task;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An application of a user of thuiswerk: decides the README's case, and fails when its own class path holds the
 * compiler tooling the library must not bring (ecj, the DRL parser, ANTLR 3 or 4).
 */
public final class Consumer {

    private static final Pattern TOOLING = Pattern.compile("(ecj|drools-ecj|drools-drl-parser|antlr-runtime|antlr4-runtime)-[0-9].*\\.jar");

    public static void main(String[] args) {
        List<String> tooling = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (TOOLING.matcher(new File(entry).getName()).matches()) {
                tooling.add(new File(entry).getName());
            }
        }
        for (String compilerClass : List.of("org.eclipse.jdt.internal.compiler.Compiler",
                "org.drools.drl.parser.DrlParser", "org.antlr.runtime.Parser", "org.antlr.v4.runtime.Parser")) {
            try {
                Class.forName(compilerClass, false, Consumer.class.getClassLoader());
                tooling.add(compilerClass);
            } catch (ClassNotFoundException expected) {
                // not there: as it should be
            }
        }
        if (!tooling.isEmpty()) {
            System.err.println("the runtime class path holds compiler tooling: " + tooling);
            System.exit(1);
        }

        HomeWorkingAdvisor advisor = HomeWorkingAdvisor.create();
        Case teacher = new Case("teacher-7", LocalDate.of(2021, 3, 15),
                Job.of("Teacher", Task.needing("Teaching in class", 24, Need.PHYSICAL_PRESENCE),
                        Task.atHome("Preparing lessons", 12)),
                null, new OnSiteWorkplace(true));
        Decision decision = advisor.decide(teacher, Locale.ENGLISH);
        String said = decision.outcome() + " " + decision.maxOnSiteShare().getAsDouble();
        System.out.println(said);
        if (!said.equals("PARTLY_ON_SITE 0.6667")) {
            System.err.println("expected PARTLY_ON_SITE 0.6667");
            System.exit(1);
        }
        System.out.println("decided on a runtime class path of " + System.getProperty("java.class.path")
                .split(File.pathSeparator).length + " entries, none of them compiler tooling");
    }
}
