package org.opencounter.compliance.disclosure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.opencounter.compliance.Material;

/**
 * The automatic check of a text against the dictionary. Text and phrases are compared in their NFKC form without
 * white space, so full-width letters and a phrase broken by spaces or a line are still found. A forbidden phrase
 * right after a negation (不保本, 非保本, 不承诺保本, 并非零风险) is the disclosure the rules want, not a promise.
 */
public final class PhraseCheck {

    private static final List<String> NEGATIONS = List.of("不承诺", "不保证", "并非", "不能", "不是", "不", "非", "无");
    private static final Set<Character> BREAKS = Set.of('。', '；', '，', '！', '？', '.', ';', ',', '!', '?');
    private static final int AROUND = 12;

    private PhraseCheck() {
    }

    public static List<Finding> check(String text, Material material, List<Phrase> dictionary) {
        String compared = compared(text);
        List<Finding> findings = new ArrayList<>();
        for (Phrase phrase : dictionary) {
            if (!phrase.appliesTo(material)) {
                continue;
            }
            String wanted = compared(phrase.phrase());
            if (phrase.kind() == Phrase.Kind.REQUIRED) {
                if (!compared.contains(wanted)) {
                    findings.add(new Finding(Finding.Kind.MISSING, phrase.phrase(), null));
                }
                continue;
            }
            int at = compared.indexOf(wanted);
            while (at >= 0) {
                if (!negated(compared, at)) {
                    findings.add(new Finding(Finding.Kind.FORBIDDEN, phrase.phrase(), excerpt(compared, at,
                            wanted.length())));
                    break;
                }
                at = compared.indexOf(wanted, at + 1);
            }
        }
        return findings;
    }

    private static boolean negated(String text, int at) {
        String before = text.substring(Math.max(0, at - 3), at);
        return NEGATIONS.stream().anyMatch(before::endsWith);
    }

    /** The phrase with the words around it, not past the sentence. */
    private static String excerpt(String text, int at, int length) {
        int start = at;
        while (start > 0 && at - start < AROUND && !BREAKS.contains(text.charAt(start - 1))) {
            start--;
        }
        int end = at + length;
        while (end < text.length() && end - at - length < AROUND && !BREAKS.contains(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static String compared(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
