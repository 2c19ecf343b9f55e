package nl.thuiswerk.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memory of computed values: when full, it is emptied and fills again, so its size never
 * passes its bound whatever a batch holds. Two threads may compute the same value once each; both are equal.
 */
final class Memo<K, V> {

    private final int bound;
    private final ConcurrentHashMap<K, V> values;

    Memo(int bound) {
        this.bound = bound;
        this.values = new ConcurrentHashMap<>(Math.min(bound, 1024));
    }

    V get(K key, Function<K, V> compute) {
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        V computed = compute.apply(key);
        if (values.size() >= bound) {
            values.clear();
        }
        values.put(key, computed);
        return computed;
    }

    int size() {
        return values.size();
    }
}
