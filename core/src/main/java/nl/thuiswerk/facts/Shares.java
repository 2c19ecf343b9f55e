package nl.thuiswerk.facts;

import java.math.BigDecimal;
import java.math.MathContext;

/** How the facts hold hours and shares: exact decimals, normalised, divided to a fixed precision. */
public final class Shares {

    /** Enough digits that rounding to 4 decimals afterwards never depends on the division. */
    public static final MathContext PRECISION = MathContext.DECIMAL64;

    private Shares() {
    }

    /** The value without trailing zeros (0 as {@link BigDecimal#ZERO}), so equal values are equal facts; null stays null. */
    public static BigDecimal exact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** {@code part / whole} to {@link #PRECISION}, exact as {@link #exact} makes it. */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return exact(part.divide(whole, PRECISION));
    }
}
