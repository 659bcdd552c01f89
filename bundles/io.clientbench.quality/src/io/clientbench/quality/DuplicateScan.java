package io.clientbench.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds customers that are probably the same organisation, without comparing every pair (100k customers would be 5·10⁹
 * pairs). Three blocking keys, each comparing only customers that share it:
 * <ol>
 * <li>the normalized name core ({@link CompanyNames}): equal cores of compatible regions are the same company entered
 * with another suffix, width, spacing or bracket — chained, so n equal names cost n−1 links;</li>
 * <li>a normalized phone ({@link PhoneNumbers}) of the customer's contacts: same phone and a similar name (a typo, an
 * abbreviation) is a duplicate; a phone shared by more than {@link Settings#sharedPhoneLimit} customers is a switchboard
 * or a group's head office and proves nothing, and a same phone with unlike names (two tenants of one building) is not
 * a duplicate;</li>
 * <li>the name's character bigrams, for customers without any phone: rare bigrams (held by at most
 * {@link Settings#commonBigramLimit} names) lead to the few names worth comparing; a very similar name (≥
 * {@link Settings#nameOnlyThreshold}) is a duplicate. Two customers that both have phones and share none are
 * different organisations with similar names (北京华信科技 / 北京华兴科技) and are left apart.</li>
 * </ol>
 * Links are joined into groups (union-find). Each link keeps its score and the reasons it was made.
 */
public final class DuplicateScan {

    /** A customer as the scan sees it: its name and its contacts' phone numbers as entered. */
    public record Candidate(long id, String name, List<String> phones) {
    }

    /** Why two customers were linked. */
    public enum Reason {
        SAME_NAME, SAME_PHONE, SIMILAR_NAME
    }

    /** Two customers found alike: a score 0–1, the name similarity, the reasons and the phone they share (or null). */
    public record Link(long first, long second, double score, double nameSimilarity, Set<Reason> reasons, String phone) {
    }

    /** Customers that are probably one organisation, oldest id first, with the links that joined them. */
    public record Group(List<Long> ids, double score, List<Link> links) {
    }

    /**
     * @param phoneThreshold    the name similarity two customers with the same phone need
     * @param nameOnlyThreshold the name similarity enough without a phone
     * @param sharedPhoneLimit  more customers than this on one number make it a switchboard, not evidence
     * @param commonBigramLimit bigrams held by more names than this are too common to block on
     */
    public record Settings(double phoneThreshold, double nameOnlyThreshold, int sharedPhoneLimit, int commonBigramLimit) {
        public static final Settings DEFAULT = new Settings(0.80, 0.93, 8, 400);
    }

    /** Follows a long scan and may stop it. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        /** Called between the scan's steps ({@code step} of {@code steps}). */
        default void step(int step, int steps) {
        }

        default boolean isCanceled() {
            return false;
        }
    }

    /** Thrown when the progress asked the scan to stop. */
    public static final class CanceledException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private final Settings settings;
    private final Progress progress;
    private long[] ids;
    private String[] cores;
    private String[] regions;
    private String[][] phones;
    private int[] parent;
    private final List<Link> links = new ArrayList<>();

    private DuplicateScan(Settings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public static List<Group> scan(List<Candidate> candidates, Settings settings, Progress progress) {
        return new DuplicateScan(settings, progress).run(candidates);
    }

    private List<Group> run(List<Candidate> candidates) {
        int n = candidates.size();
        ids = new long[n];
        cores = new String[n];
        regions = new String[n];
        phones = new String[n][];
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            CompanyNames.Normalized name = CompanyNames.normalize(c.name());
            ids[i] = c.id();
            cores[i] = name.core();
            regions[i] = name.region();
            phones[i] = c.phones().stream().map(PhoneNumbers::normalize).filter(p -> p != null).distinct().toArray(String[]::new);
            parent[i] = i;
        }
        progress.step(1, 4);
        linkEqualNames();
        progress.step(2, 4);
        linkSamePhones();
        progress.step(3, 4);
        linkSimilarNamesWithoutPhones();
        progress.step(4, 4);
        return groups();
    }

    private void linkEqualNames() {
        Map<String, List<Integer>> byCore = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (cores[i].length() >= 2) {
                byCore.computeIfAbsent(cores[i], k -> new ArrayList<>(2)).add(i);
            }
        }
        int done = 0;
        for (List<Integer> block : byCore.values()) {
            checkCanceled(++done);
            if (block.size() < 2) {
                continue;
            }
            // one chain per region; names without a region join the only region there is, else chain among themselves
            Map<String, Integer> lastOfRegion = new HashMap<>();
            List<Integer> unplaced = new ArrayList<>();
            for (int i : block) {
                if (regions[i] == null) {
                    unplaced.add(i);
                    continue;
                }
                Integer last = lastOfRegion.put(regions[i], i);
                if (last != null) {
                    link(last, i, 1.0, 1.0, EnumSet.of(Reason.SAME_NAME), sharedPhone(last, i));
                }
            }
            if (lastOfRegion.size() <= 1) {
                Integer anchor = lastOfRegion.isEmpty() ? null : lastOfRegion.values().iterator().next();
                for (int i : unplaced) {
                    if (anchor != null) {
                        link(anchor, i, 1.0, 1.0, EnumSet.of(Reason.SAME_NAME), sharedPhone(anchor, i));
                    }
                    anchor = i;
                }
            }
        }
    }

    private void linkSamePhones() {
        Map<String, List<Integer>> byPhone = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            for (String phone : phones[i]) {
                byPhone.computeIfAbsent(phone, k -> new ArrayList<>(2)).add(i);
            }
        }
        int done = 0;
        for (Map.Entry<String, List<Integer>> block : byPhone.entrySet()) {
            checkCanceled(++done);
            List<Integer> members = block.getValue();
            if (members.size() < 2 || members.size() > settings.sharedPhoneLimit()) {
                continue;
            }
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = members.get(x);
                    int b = members.get(y);
                    if (a == b || !sameRegion(a, b)) {
                        continue;
                    }
                    double similarity = NameSimilarity.jaroWinkler(cores[a], cores[b]);
                    if (similarity >= settings.phoneThreshold()) {
                        Set<Reason> reasons = EnumSet.of(Reason.SAME_PHONE, similarity >= 1 ? Reason.SAME_NAME : Reason.SIMILAR_NAME);
                        link(a, b, Math.min(1, 0.1 + similarity), similarity, reasons, block.getKey());
                    }
                }
            }
        }
    }

    private void linkSimilarNamesWithoutPhones() {
        Map<String, List<Integer>> byBigram = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            for (String bigram : bigrams(cores[i])) {
                byBigram.computeIfAbsent(bigram, k -> new ArrayList<>(4)).add(i);
            }
        }
        Set<Integer> compared = new HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            if (phones[i].length > 0 || cores[i].length() < 3) {
                continue;
            }
            checkCanceled(i);
            compared.clear();
            for (String bigram : bigrams(cores[i])) {
                List<Integer> block = byBigram.get(bigram);
                if (block.size() > settings.commonBigramLimit()) {
                    continue;
                }
                for (int j : block) {
                    if (j == i || (phones[j].length == 0 && j < i) || !compared.add(j) || !sameRegion(i, j)) {
                        continue; // two phoneless customers are compared once, from the smaller index
                    }
                    double similarity = NameSimilarity.jaroWinkler(cores[i], cores[j]);
                    if (similarity >= settings.nameOnlyThreshold() && similarity < 1) {
                        link(i, j, similarity, similarity, EnumSet.of(Reason.SIMILAR_NAME), null);
                    }
                }
            }
        }
    }

    private static Set<String> bigrams(String core) {
        Set<String> grams = new LinkedHashSet<>();
        for (int k = 0; k + 2 <= core.length(); k++) {
            grams.add(core.substring(k, k + 2));
        }
        return grams;
    }

    private boolean sameRegion(int a, int b) {
        return regions[a] == null || regions[b] == null || regions[a].equals(regions[b]);
    }

    private String sharedPhone(int a, int b) {
        for (String p : phones[a]) {
            for (String q : phones[b]) {
                if (p.equals(q)) {
                    return p;
                }
            }
        }
        return null;
    }

    private void link(int a, int b, double score, double similarity, Set<Reason> reasons, String phone) {
        if (phone != null) {
            reasons.add(Reason.SAME_PHONE);
        }
        links.add(new Link(ids[Math.min(a, b)], ids[Math.max(a, b)], score, similarity, Collections.unmodifiableSet(reasons), phone));
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private List<Group> groups() {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        Map<Integer, List<Link>> byRoot = new HashMap<>();
        for (Link link : links) {
            byRoot.computeIfAbsent(root(index.get(link.first())), k -> new ArrayList<>()).add(link);
        }
        List<Group> groups = new ArrayList<>(byRoot.size());
        for (List<Link> groupLinks : byRoot.values()) {
            Set<Long> members = new HashSet<>();
            double score = 0;
            for (Link link : groupLinks) {
                members.add(link.first());
                members.add(link.second());
                score = Math.max(score, link.score());
            }
            long[] sorted = members.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            groups.add(new Group(Arrays.stream(sorted).boxed().toList(), score, List.copyOf(groupLinks)));
        }
        groups.sort((x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score()) : Long.compare(x.ids().get(0), y.ids().get(0)));
        return groups;
    }

    private void checkCanceled(int done) {
        if ((done & 1023) == 0 && progress.isCanceled()) {
            throw new CanceledException();
        }
    }
}
