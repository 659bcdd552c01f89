package io.clientbench.quality;

/**
 * Similarity of two normalized names, 0 (nothing alike) to 1 (equal). Jaro-Winkler suits short Chinese cores (4–8
 * ideographs), where one wrong character of a typo still leaves most characters in place and a shared start counts;
 * bigram Dice is offered as the stricter measure (one wrong character costs two of n−1 bigrams).
 */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] matchedA = new boolean[la];
        boolean[] matchedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(la, lb)) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** Sørensen-Dice over character bigrams (a one-character name is its own bigram). */
    public static double bigramDice(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String g : bigrams(a)) {
            counts.merge(g, 1, Integer::sum);
        }
        int common = 0;
        String[] other = bigrams(b);
        for (String g : other) {
            Integer n = counts.get(g);
            if (n != null && n > 0) {
                common++;
                counts.put(g, n - 1);
            }
        }
        return 2.0 * common / (bigrams(a).length + other.length);
    }

    private static String[] bigrams(String s) {
        if (s.length() < 2) {
            return new String[] { s };
        }
        String[] grams = new String[s.length() - 1];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = s.substring(i, i + 2);
        }
        return grams;
    }
}
