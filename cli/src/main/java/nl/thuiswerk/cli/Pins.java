package nl.thuiswerk.cli;

import nl.thuiswerk.HomeWorkingAdvisor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --pin ID=FINGERPRINT} option of every command that loads the rules. */
final class Pins {

    /** One pinned version, or the catalogue. */
    record Pin(String id, String fingerprint) {
    }

    @Option(names = "--pin", paramLabel = "ID=FINGERPRINT", converter = Converter.class,
            description = {"Refuse to start unless rule-set version ID has this fingerprint, as `rulesets` lists it. "
                    + "ID `catalogue` pins the catalogue: every version, every period without one, every file. "
                    + "Repeat for more."})
    private List<Pin> pins;

    @Option(names = "--policy", paramLabel = "PATH.jar",
            description = {"Add an employer's policy from its jar; a case names it with employerPolicy, its id. "
                    + "Its versions are pinned with --pin like national ones. Repeat for more employers."})
    private List<java.nio.file.Path> policies;

    /** The policy jars given, in order; empty when none. */
    List<java.nio.file.Path> policies() {
        return policies == null ? List.of() : List.copyOf(policies);
    }

    /**
     * Version id (or {@code catalogue}) → fingerprint, in the order given.
     *
     * @throws Failure when one version is pinned to two different fingerprints
     */
    Map<String, String> asMap() {
        if (pins == null || pins.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Pin pin : pins) {
            String earlier = map.putIfAbsent(pin.id(), pin.fingerprint());
            if (earlier != null && !earlier.equals(pin.fingerprint())) {
                throw Failure.of("pins.twice", pin.id().equals(HomeWorkingAdvisor.CATALOGUE)
                        ? new Failure.Said("pins.catalogue") : new Failure.Said("pins.ruleSet", pin.id()));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("sha256:[0-9a-f]{64}");
    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("[0-9a-fA-F]{64}");

    /**
     * {@code ID=FINGERPRINT} with both parts present and the fingerprint written as {@code rulesets} lists it,
     * {@code sha256:} and 64 lower-case hex digits; whether it is the right one is for the library to say. A usage error
     * is found while the arguments are read, before {@code --lang} is: it is in English, as picocli's own are.
     */
    static final class Converter implements ITypeConverter<Pin> {
        @Override
        public Pin convert(String value) {
            int equals = value.indexOf('=');
            String id = equals < 0 ? "" : value.substring(0, equals).strip();
            String fingerprint = equals < 0 ? "" : value.substring(equals + 1).strip();
            if (id.isEmpty() || fingerprint.isEmpty()) {
                throw new TypeConversionException("'" + value + "' is not ID=FINGERPRINT, "
                        + "e.g. 2021-02-18=sha256:… as `thuiswerk rulesets` lists it");
            }
            if (HEX.matcher(fingerprint).matches()) {
                throw new TypeConversionException("the fingerprint of " + id + " lacks its prefix sha256: ; write "
                        + id + "=sha256:" + fingerprint.toLowerCase(java.util.Locale.ROOT)
                        + ", as `thuiswerk rulesets` lists it");
            }
            if (!SHA256.matcher(fingerprint).matches()) {
                throw new TypeConversionException("the fingerprint of " + id + " is not sha256: followed by 64 "
                        + "lower-case hexadecimal digits, as `thuiswerk rulesets` lists it");
            }
            return new Pin(id, fingerprint);
        }
    }
}
