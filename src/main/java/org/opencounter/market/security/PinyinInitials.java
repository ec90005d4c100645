package org.opencounter.market.security;

import java.util.Map;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The pinyin initials of a security name (拼音简称), as the exchanges' abbreviations spell them: 贵州茅台 → GZMT,
 * Latin letters and digits kept (中证500ETF → ZZ500ETF). Characters with several readings take the reading that
 * security names use (银行 is yín-háng, 重庆 chóng-qìng, 长江 cháng-jiāng).
 */
final class PinyinInitials {

    private static final int MAX_LENGTH = 20;

    /** Words whose characters read otherwise than their first dictionary reading. */
    private static final Map<String, String> WORDS = Map.of(
            "银行", "YH", "重庆", "CQ", "长江", "CJ", "长城", "CC", "长安", "CA", "长春", "CC", "厦门", "XM",
            "蚌埠", "BB", "乐山", "LS", "单县", "SX");

    private PinyinInitials() {
    }

    static String of(String name) {
        StringBuilder initials = new StringBuilder();
        int i = 0;
        while (i < name.length() && initials.length() < MAX_LENGTH) {
            String word = i + 1 < name.length() ? WORDS.get(name.substring(i, i + 2)) : null;
            if (word != null) {
                initials.append(word);
                i += 2;
                continue;
            }
            char c = name.charAt(i++);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    initials.append(Character.toUpperCase(c));
                }
                continue;
            }
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0) {
                initials.append(Character.toUpperCase(readings[0].charAt(0)));
            }
        }
        return initials.length() > MAX_LENGTH ? initials.substring(0, MAX_LENGTH) : initials.toString();
    }
}
