package io.cuedeck.connector.audience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Picks one of several values with probability proportional to its weight. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final double[] cumulative;

    /** Keys are sorted by their text first, so that one seed always gives the same crowd. */
    Weighted(Map<T, Double> weights) {
        cumulative = new double[weights.size()];
        double sum = 0;
        for (Map.Entry<T, Double> e : weights.entrySet().stream()
                .sorted(Comparator.comparing(e -> String.valueOf(e.getKey()))).toList()) {
            sum += e.getValue();
            cumulative[values.size()] = sum;
            values.add(e.getKey());
        }
    }

    T pick(Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** An option index of {@code options}, biased by {@code weights} (missing indexes weigh 1). */
    static int choice(int options, Map<Integer, Double> weights, Random random) {
        double[] sums = new double[options];
        double sum = 0;
        for (int i = 0; i < options; i++) {
            sum += Math.max(0, weights.getOrDefault(i, 1.0));
            sums[i] = sum;
        }
        double x = random.nextDouble() * sum;
        for (int i = 0; i < options; i++) {
            if (x < sums[i]) {
                return i;
            }
        }
        return options - 1;
    }
}
