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
                throw Failure.of("--pin gives " + (pin.id().equals(HomeWorkingAdvisor.CATALOGUE) ? "the catalogue"
                        : "rule set " + pin.id()) + " two different fingerprints");
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** {@code ID=FINGERPRINT} with both parts present; whether they are right is for the library to say. */
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
            return new Pin(id, fingerprint);
        }
    }
}
