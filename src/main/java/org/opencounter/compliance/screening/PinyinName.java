package org.opencounter.compliance.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * A Chinese name in pinyin as a passport writes it: the surname, then the given name as one word (王建国 → wang
 * jianguo). Compound surnames stay one word (欧阳娜娜 → ouyang nana); surnames read otherwise than the character's
 * first dictionary reading take the surname reading (曾 is zeng, 单 is shan, 解 is xie); ü is written u. Names of
 * more than four characters or with a middle dot (维吾尔族 names, institutions) become one word per dot-separated part.
 */
final class PinyinName {

    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容",
            "令狐", "尉迟", "长孙", "宇文", "公孙", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "万俟", "司徒", "司空",
            "闻人", "澹台", "呼延", "百里");
    private static final Map<String, String> SURNAME_READINGS = Map.ofEntries(
            Map.entry("曾", "zeng"), Map.entry("单", "shan"), Map.entry("解", "xie"), Map.entry("区", "ou"),
            Map.entry("仇", "qiu"), Map.entry("朴", "piao"), Map.entry("查", "zha"), Map.entry("乐", "yue"),
            Map.entry("盖", "ge"), Map.entry("秘", "bi"), Map.entry("覃", "qin"), Map.entry("缪", "miao"),
            Map.entry("种", "chong"), Map.entry("员", "yun"), Map.entry("长孙", "zhangsun"), Map.entry("尉迟", "yuchi"),
            Map.entry("万俟", "moqi"), Map.entry("单于", "chanyu"), Map.entry("重", "chong"), Map.entry("折", "she"));
    private static final int LONGEST_PERSONAL_NAME = 4;

    private PinyinName() {
    }

    /** The pinyin words of a name written in Chinese characters (other characters are dropped). */
    static List<String> words(String han) {
        String[] parts = han.split("[·•・.\\s]+");
        List<String> words = new ArrayList<>();
        if (parts.length == 1 && han.length() <= LONGEST_PERSONAL_NAME && han.length() >= 2) {
            int surnameLength = han.length() > 2 && COMPOUND_SURNAMES.contains(han.substring(0, 2)) ? 2 : 1;
            String surname = han.substring(0, surnameLength);
            words.add(SURNAME_READINGS.getOrDefault(surname, syllables(surname)));
            words.add(syllables(han.substring(surnameLength)));
            return words;
        }
        for (String part : parts) {
            String word = syllables(part);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String syllables(String han) {
        StringBuilder word = new StringBuilder();
        for (char c : han.toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0) {
                // pinyin4j spells a reading with its tone number and ü as "u:" (lu:3)
                word.append(readings[0].replaceAll("[0-9:]", ""));
            }
        }
        return word.toString();
    }
}
