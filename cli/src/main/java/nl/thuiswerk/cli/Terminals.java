package nl.thuiswerk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stdout and stderr are terminals.
 *
 * @param stdout whether the answers would land on the screen
 * @param stderr whether a progress line would be seen by someone
 */
record Terminals(boolean stdout, boolean stderr) {

    static final Terminals NONE = new Terminals(false, false);

    /**
     * Java 17 cannot ask about one stream: {@code System.console()} only says whether stdin and stdout both are.
     * Where Linux shows the descriptors under {@code /proc}, each is asked on its own, so that
     * {@code batch big.jsonl > out.jsonl} still shows progress; elsewhere the console stands in for both.
     */
    static Terminals detect() {
        boolean console = System.console() != null;
        return new Terminals(isTerminal(1, console), isTerminal(2, console));
    }

    private static boolean isTerminal(int descriptor, boolean fallback) {
        Path link = Path.of("/proc/self/fd/" + descriptor);
        if (!Files.isSymbolicLink(link)) {
            return fallback;
        }
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | SecurityException e) {
            return fallback;
        }
    }

    /** Progress goes on stderr only where a person sees it, and never into answers that are on the same screen. */
    boolean showProgress(boolean answersToFile) {
        return stderr && (answersToFile || !stdout);
    }
}
