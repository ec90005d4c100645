package org.opencounter.compliance.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Watch-list entries ready for screening: each entry's names prepared once, and looked up by the first two letters
 * of their words and by identity number, so a name is scored only against the entries that share a word's start
 * with it (a typo in the first two letters of every word of a name is the price of screening a whole book quickly).
 * A name that scores at least the threshold is a hit, and so is the listed identity number whatever the name; a
 * birth that the list gives and the client's contradicts rules the entry out unless the identity number matches.
 */
public final class WatchListIndex {

    private static final int KEY_LETTERS = 2;

    private record Prepared(ListedEntry entry, List<ScreenedName> names) {
    }

    private final double threshold;
    private final Map<String, List<Prepared>> byKey = new HashMap<>();

    public WatchListIndex(List<ListedEntry> entries, double threshold) {
        this.threshold = threshold;
        for (ListedEntry entry : entries) {
            Prepared prepared = new Prepared(entry, entry.names());
            Set<String> keys = new LinkedHashSet<>();
            prepared.names().forEach(name -> keys.addAll(keys(name)));
            if (entry.idNumber() != null && !entry.idNumber().isBlank()) {
                keys.add(idKey(entry.idNumber()));
            }
            keys.forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(prepared));
        }
    }

    /** The entries the subject matches, each with its best-scoring name. */
    public List<ScreeningMatch> matches(ScreeningSubject subject) {
        ScreenedName name = ScreenedName.of(subject.name());
        Set<Prepared> candidates = new LinkedHashSet<>();
        keys(name).forEach(key -> candidates.addAll(byKey.getOrDefault(key, List.of())));
        if (subject.idNumber() != null && !subject.idNumber().isBlank()) {
            candidates.addAll(byKey.getOrDefault(idKey(subject.idNumber()), List.of()));
        }
        List<ScreeningMatch> matches = new ArrayList<>();
        for (Prepared candidate : candidates) {
            match(subject, name, candidate).ifPresent(matches::add);
        }
        return matches;
    }

    private Optional<ScreeningMatch> match(ScreeningSubject subject, ScreenedName name, Prepared candidate) {
        ListedEntry entry = candidate.entry();
        Set<ScreeningMatch.Reason> reasons = EnumSet.noneOf(ScreeningMatch.Reason.class);
        boolean sameId = entry.idNumber() != null && subject.idNumber() != null
                && normalisedId(entry.idNumber()).equals(normalisedId(subject.idNumber()));
        if (sameId) {
            reasons.add(ScreeningMatch.Reason.ID_NUMBER);
        }
        if (entry.birth() != null && subject.birthDate() != null) {
            if (entry.birth().matches(subject.birthDate())) {
                reasons.add(ScreeningMatch.Reason.BIRTH);
            } else if (!sameId) {
                return Optional.empty();
            }
        }
        double best = 0;
        String bestName = entry.name();
        for (ScreenedName listed : candidate.names()) {
            double score = NameSimilarity.score(name, listed);
            if (score > best) {
                best = score;
                bestName = listed.written();
            }
        }
        if (best >= threshold) {
            reasons.add(ScreeningMatch.Reason.NAME);
        }
        if (!reasons.contains(ScreeningMatch.Reason.NAME) && !sameId) {
            return Optional.empty();
        }
        return Optional.of(new ScreeningMatch(subject, entry, best, bestName, reasons));
    }

    private static Set<String> keys(ScreenedName name) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : name.words()) {
            keys.add(word.substring(0, Math.min(KEY_LETTERS, word.length())));
        }
        return keys;
    }

    private static String idKey(String idNumber) {
        return "id:" + normalisedId(idNumber);
    }

    private static String normalisedId(String idNumber) {
        return idNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
