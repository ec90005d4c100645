package org.opencounter.compliance.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * How alike two names are, from 0 (nothing in common) to 1 (the same name), as screening scores a client against a
 * list entry. Word order does not matter (Wang Jianguo, Jianguo Wang); words are paired best first and each pair
 * scores by its edit distance, a swapped pair of letters counting half (Jiangou for Jianguo is a slip of the finger);
 * a word left without a partner scores nothing; the pairs weigh by their length. Names whose word breaks differ
 * (Wang Jian Guo, Wangjianguo) are also compared run together. Two names both written in Chinese characters are
 * compared by their characters too: the same pinyin under other characters (章伟 for 张伟, an input-method slip)
 * scores at most {@link #HOMOPHONE}.
 */
public final class NameSimilarity {

    /** The best score two different characters strings with the same pinyin reach. */
    static final double HOMOPHONE = 0.95;
    /** A surname in one of its known other spellings (Wong for Wang). */
    static final double OTHER_SPELLING = 0.95;
    private static final int MAX_ROTATED_WORDS = 6;

    private NameSimilarity() {
    }

    /** The score to three decimals, as hits record it and the threshold is compared with it. */
    public static double score(ScreenedName a, ScreenedName b) {
        return Math.round(unrounded(a, b) * 1000) / 1000.0;
    }

    private static double unrounded(ScreenedName a, ScreenedName b) {
        if (a.blank() || b.blank()) {
            return 0;
        }
        double spelled = Math.max(pairedWords(a.words(), b.words()), runTogether(a, b));
        if (a.han().isEmpty() || b.han().isEmpty()) {
            return spelled;
        }
        if (a.han().equals(b.han())) {
            return 1;
        }
        return Math.max(similarity(a.han(), b.han()), Math.min(spelled, HOMOPHONE));
    }

    /** The words paired best first; each pair weighs by the letters it holds, the unpaired words count as nothing. */
    private static double pairedWords(List<String> a, List<String> b) {
        List<String> left = new ArrayList<>(a);
        List<String> right = new ArrayList<>(b);
        int letters = 0;
        for (String word : a) {
            letters += word.length();
        }
        for (String word : b) {
            letters += word.length();
        }
        double matched = 0;
        while (!left.isEmpty() && !right.isEmpty()) {
            int bestLeft = 0;
            int bestRight = 0;
            double best = -1;
            for (int i = 0; i < left.size(); i++) {
                for (int j = 0; j < right.size(); j++) {
                    double score = wordSimilarity(left.get(i), right.get(j));
                    if (score > best) {
                        best = score;
                        bestLeft = i;
                        bestRight = j;
                    }
                }
            }
            matched += best * (left.get(bestLeft).length() + right.get(bestRight).length());
            left.remove(bestLeft);
            right.remove(bestRight);
        }
        return matched / letters;
    }

    private static double wordSimilarity(String a, String b) {
        return SurnameSpellings.sameSurname(a, b) ? OTHER_SPELLING : similarity(a, b);
    }

    /** Only where the word breaks differ: every turn of one name's words run together against the other's. */
    private static double runTogether(ScreenedName a, ScreenedName b) {
        if (a.words().size() == b.words().size()) {
            return 0;
        }
        double best = 0;
        for (String left : rotations(a.words())) {
            for (String right : rotations(b.words())) {
                best = Math.max(best, similarity(left, right));
            }
        }
        return best;
    }

    private static List<String> rotations(List<String> words) {
        if (words.size() > MAX_ROTATED_WORDS) {
            return List.of(String.join("", words));
        }
        List<String> turned = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            StringBuilder joined = new StringBuilder();
            for (int k = 0; k < words.size(); k++) {
                joined.append(words.get((start + k) % words.size()));
            }
            turned.add(joined.toString());
        }
        return turned;
    }

    /** 1 less the edit distance over the longer length; a swap of two neighbouring letters costs half an edit. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - editDistance(a, b) / longer;
    }

    private static double editDistance(String a, String b) {
        double[][] d = new double[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                double substitution = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                double best = Math.min(substitution, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 0.5);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
