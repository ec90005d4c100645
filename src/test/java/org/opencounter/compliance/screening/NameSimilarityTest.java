package org.opencounter.compliance.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The name score with worked numbers: the spelled variants of one name score high, names that only look alike score
 * below the default threshold of 0.88.
 */
class NameSimilarityTest {

    private static double score(String a, String b) {
        return NameSimilarity.score(ScreenedName.of(a), ScreenedName.of(b));
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "王建国, WANG Jianguo, 1.0",
            "王建国, Jianguo Wang, 1.0",
            "王建国, Wang Jian Guo, 1.0",
            "王建国, Wangjianguo, 1.0",
            "王建国, wang  jianguo., 1.0",
            // a swapped pair of letters costs half an edit: 1 - 0.5/7 over 7 of 11 letters
            "王建国, Wang Jiangou, 0.955",
            // Wong is Wang as Hong Kong spells it
            "王建国, Wong Jianguo, 0.982",
            "张伟, Zhang Wie, 0.938",
            // the same sound under another character: an input-method slip, held below an exact match
            "张伟, 章伟, 0.95",
            "欧阳娜娜, Ouyang Nana, 1.0",
            "曾国藩, Zeng Guofan, 1.0",
            "单田芳, Shan Tianfang, 1.0",
            "吕布, Lyu Bu, 0.972",
            "阿卜杜拉·艾买提, Abudula Aimaiti, 1.0",
            "José Müller, Jose Muller, 1.0",
            "José Müller, Jose Mueller, 0.912",
            "Vladimir Putin, Vladmir Putin, 0.925",
            "陈大文, Chan Dawen, 0.978"})
    void findsTheSpelledVariantsOfOneName(String a, String b, double expected) {
        assertThat(score(a, b)).isEqualTo(expected);
        assertThat(score(b, a)).as("either way round").isEqualTo(expected);
        assertThat(score(a, b)).isGreaterThanOrEqualTo(WatchLists.DEFAULT_THRESHOLD.doubleValue());
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            // another given name: jianhua against jianguo, 2 edits in 7
            "王建国, 王建华, 0.818",
            "王建国, Wang Jianhua, 0.818",
            // a part of the name missing
            "王建国, Wang Jian, 0.752",
            "王建国, Huang Jianguo, 0.843",
            "张伟, Zhang Wen, 0.875",
            "李伟, Li Wen, 0.8",
            "刘芳, Liu Feng, 0.857",
            "刘芳, Lu Fang, 0.872",
            // another surname: the given names alike, wang and li nothing in common
            "王建国, 李建国, 0.7"})
    void rejectsNamesThatOnlyLookAlike(String a, String b, double expected) {
        assertThat(score(a, b)).isEqualTo(expected);
        assertThat(score(a, b)).isLessThan(WatchLists.DEFAULT_THRESHOLD.doubleValue());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"王建国, ''", "'', ''", "'...', Wang"})
    void aNameWithoutLettersScoresNothing(String a, String b) {
        assertThat(score(a, b)).isZero();
    }
}
