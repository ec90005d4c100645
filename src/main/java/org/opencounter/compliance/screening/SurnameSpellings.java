package org.opencounter.compliance.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common Chinese surnames as lists outside the mainland spell them: Hong Kong and Macau (Cantonese), Taiwan
 * (Wade-Giles) and Singapore write 王 as Wong, 张 as Cheung or Chang, 陈 as Chan. A list entry "CHAN Tai Man" is the
 * pinyin client 陈大文 only if the two spellings are known to be one surname.
 */
final class SurnameSpellings {

    private static final List<Set<String>> GROUPS = List.of(
            Set.of("wang", "wong"), Set.of("huang", "wong", "hwang"), Set.of("li", "lee", "lei"),
            Set.of("zhang", "chang", "cheung", "cheong"), Set.of("chen", "chan", "chin", "tan"),
            Set.of("zhou", "chow", "chau", "chou"), Set.of("wu", "ng", "woo"), Set.of("lin", "lam", "lim"),
            Set.of("liu", "lau", "lao"), Set.of("guo", "kwok", "kuo"), Set.of("he", "ho"), Set.of("zheng", "cheng"),
            Set.of("xie", "tse", "hsieh"), Set.of("ye", "yip", "yeh"), Set.of("zhao", "chiu", "chao"),
            Set.of("xu", "hsu", "tsui"), Set.of("gao", "kao", "ko"), Set.of("luo", "lo", "law"),
            Set.of("liang", "leung"), Set.of("song", "sung"), Set.of("deng", "tang", "teng"), Set.of("yang", "yeung"),
            Set.of("zhu", "chu"), Set.of("hu", "woo"), Set.of("lu", "lv", "lyu", "loo"), Set.of("jiang", "chiang"));

    private static final Map<String, List<Set<String>>> BY_SPELLING = new HashMap<>();

    static {
        for (Set<String> group : GROUPS) {
            group.forEach(spelling -> BY_SPELLING.computeIfAbsent(spelling, s -> new java.util.ArrayList<>())
                    .add(group));
        }
    }

    private SurnameSpellings() {
    }

    /** Two different spellings known to write one surname. */
    static boolean sameSurname(String a, String b) {
        return !a.equals(b) && BY_SPELLING.getOrDefault(a, List.of()).stream().anyMatch(group -> group.contains(b));
    }
}
