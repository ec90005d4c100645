package org.opencounter.compliance.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencounter.compliance.Material;

/** The dictionary check with the seeded phrases: each forbidden one caught, negated ones and near misses let pass. */
class PhraseCheckTest {

    private static final List<String> FORBIDDEN = List.of("保本", "保收益", "保证收益", "稳赚", "稳赚不赔", "包赚", "零风险",
            "无风险", "刚性兑付", "只涨不跌", "最安全", "最佳收益");
    private static final String WARNED = "投资有风险，入市需谨慎。";

    private static List<Phrase> dictionary() {
        List<Phrase> phrases = new ArrayList<>();
        long id = 1;
        for (String phrase : FORBIDDEN) {
            phrases.add(new Phrase(id++, Phrase.Kind.FORBIDDEN, phrase, null, null, "system", Instant.EPOCH));
        }
        phrases.add(new Phrase(id++, Phrase.Kind.REQUIRED, "投资有风险", Material.MARKETING, null, "system",
                Instant.EPOCH));
        phrases.add(new Phrase(id++, Phrase.Kind.REQUIRED, "风险提示", Material.RESEARCH_REPORT, null, "system",
                Instant.EPOCH));
        phrases.add(new Phrase(id, Phrase.Kind.REQUIRED, "免责声明", Material.RESEARCH_REPORT, null, "system",
                Instant.EPOCH));
        return phrases;
    }

    private static List<Finding> check(String text, Material material) {
        return PhraseCheck.check(text, material, dictionary());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"保本", "保收益", "保证收益", "稳赚", "包赚", "零风险", "无风险", "刚性兑付", "只涨不跌", "最安全",
            "最佳收益"})
    void catchesEveryForbiddenPhraseOfTheDictionary(String phrase) {
        List<Finding> findings = check("本产品" + phrase + "，欢迎认购。" + WARNED, Material.MARKETING);
        assertThat(findings).extracting(Finding::phrase).contains(phrase);
        assertThat(findings).allMatch(finding -> finding.kind() == Finding.Kind.FORBIDDEN);
    }

    @Test
    void showsTheWordsAroundAForbiddenPhraseWithinItsSentence() {
        assertThat(check("历史业绩优异。精选产品，保本保息，稳赚不赔！" + WARNED, Material.MARKETING))
                .extracting(Finding::phrase, Finding::excerpt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("保本", "保本保息"),
                        org.assertj.core.groups.Tuple.tuple("稳赚", "稳赚不赔"),
                        org.assertj.core.groups.Tuple.tuple("稳赚不赔", "稳赚不赔"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"本产品不保本。", "本产品非保本型。", "我们不承诺保本，也不保证收益。", "投资并非零风险。"})
    void aNegatedPhraseIsTheDisclosureNotAPromise(String text) {
        assertThat(check(text + WARNED, Material.MARKETING)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'稳 赚', 稳赚", "'ＳＴＡＲ保本', 保本", "'保\n本', 保本"})
    void findsAPhraseBrokenBySpacesOrWrittenFullWidth(String text, String phrase) {
        assertThat(check(text + WARNED, Material.MARKETING)).extracting(Finding::phrase).containsExactly(phrase);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"资产保值增值。", "稳健增长。", "风险较低。", "收益稳定。"})
    void wordsThatOnlyLookAlikePass(String text) {
        assertThat(check(text + WARNED, Material.MARKETING)).isEmpty();
    }

    @Test
    void eachKindOfMaterialNeedsItsOwnDisclosures() {
        assertThat(check("产品介绍。", Material.MARKETING)).extracting(Finding::kind, Finding::phrase)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Finding.Kind.MISSING, "投资有风险"));
        assertThat(check("核心观点。风险提示：需求不及预期。", Material.RESEARCH_REPORT)).extracting(Finding::phrase)
                .containsExactly("免责声明");
        assertThat(check("营业部迁址。", Material.ANNOUNCEMENT)).isEmpty();
    }
}
