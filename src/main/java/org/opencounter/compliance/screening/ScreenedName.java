package org.opencounter.compliance.screening;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A name as screening compares it: its words in lower-case Latin letters (Chinese characters in pinyin, accents
 * dropped, punctuation a word break, apostrophes dropped), and the Chinese characters themselves when the name has
 * them.
 *
 * @param han the name's Chinese characters in order, empty for a name written in Latin letters
 */
public record ScreenedName(String written, List<String> words, String han) {

    public static ScreenedName of(String written) {
        String name = written == null ? "" : written.strip();
        String han = name.codePoints().filter(ScreenedName::isHan)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        List<String> words = han.isEmpty() ? latinWords(name) : PinyinName.words(hanWithDots(name));
        return new ScreenedName(name, words, han);
    }

    /** Nothing to compare: no letters at all. */
    public boolean blank() {
        return words.isEmpty();
    }

    /** The words run together, for names whose word breaks differ (Wang Jian Guo, Wangjianguo). */
    String joined() {
        return String.join("", words);
    }

    private static List<String> latinWords(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’`]", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }

    /** The Chinese characters with the separators between a minority name's parts kept. */
    private static String hanWithDots(String name) {
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (isHan(c)) {
                kept.appendCodePoint(c);
            } else if (c == '·' || c == '•' || c == '・') {
                kept.append('·');
            }
        });
        return kept.toString();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
