package nl.thuiswerk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The {@code thuiswerk} command and its subcommands, wired to an {@link Environment}. */
@Command(name = "thuiswerk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Decides Dutch home-working cases under the national advice in force on their date.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case was decided, the decision was confirmed, or the listing or report is complete",
                "1:one or more cases were answered with an error, or the decision was not confirmed",
                "2:wrong usage, an unknown version, a file cannot be read or written, "
                        + "or the rules are not the ones pinned"})
final class Cli {

    private Cli() {
    }

    /**
     * The language of a command's own messages: its {@code --lang} (Dutch by default, as its answers), or English for
     * the commands without one, whose reports are in English.
     */
    static nl.thuiswerk.internal.Language language(CommandLine command) {
        var lang = command.getCommandSpec().findOption("--lang");
        if (lang == null) {
            return nl.thuiswerk.internal.Language.EN;
        }
        Object value = lang.getValue();
        return nl.thuiswerk.internal.Language.of(value instanceof java.util.Locale l ? l : java.util.Locale.forLanguageTag("nl"));
    }

    /** The subcommands, in the order the usage lists them. */
    private static final Map<String, Function<Environment, Object>> COMMANDS = commands();

    private static Map<String, Function<Environment, Object>> commands() {
        Map<String, Function<Environment, Object>> commands = new LinkedHashMap<>();
        commands.put("decide", DecideCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("verify", VerifyCommand::new);
        commands.put("batch", BatchCommand::new);
        commands.put("rulesets", RuleSetsCommand::new);
        commands.put("trace", TraceCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("request", RequestCommand::new);
        commands.put("requests", RequestsCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    /** Every command, for the usage and for {@code help}. */
    static CommandLine commandLine(Environment environment) {
        return commandLine(environment, new String[0]);
    }

    /**
     * The command line that runs {@code args}. When they start with a command's name, only that command is built:
     * picocli reads the annotations of every command it is given, by reflection, which a cold JVM pays for at every
     * start (about a third of a one-case {@code decide}'s start before this). A command's own usage, errors and
     * options are the same either way; the list of commands is only shown without one named, and then all are built.
     */
    static CommandLine commandLine(Environment environment, String[] args) {
        CommandLine commandLine = new CommandLine(new Cli());
        String named = args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                commandLine.addSubcommand(command.apply(environment));
            }
        });
        if (named == null) {
            commandLine.addSubcommand(new CommandLine.HelpCommand());
        }
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(environment.stdout(), StandardCharsets.UTF_8), true));
        commandLine.setErr(environment.stderr());
        // what reaches here is a file that cannot be read or written, an unknown version, rules that are not the
        // ones pinned, or rules that cannot load: one line says enough, and a stack trace would bury it
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            if (e instanceof Failure f && f.silent()) {
                // the reader of stdout asked for no more (`| head`): a quiet stop, as Unix tools make on a closed pipe
                return ExitCode.ALL_DECIDED;
            }
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": "
                    + Failure.describe(e, language(failed)));
            failed.getErr().flush();
            return ExitCode.USAGE_OR_FILES;
        });
        return commandLine;
    }
}
