package org.opencounter.clients.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @Test
    void acceptsAValidCode() {
        // Σ value × weight mod 31 = 28 → 31 − 28 = 3
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
    }

    @Test
    void checkValueThirteenIsTheLetterD() {
        // Σ mod 31 = 18 → 31 − 18 = 13 → the 14th character of the alphabet, D
        assertThat(CreditCode.checkCharacter("91310115MA1K4ABCD")).isEqualTo('D');
    }

    @Test
    void aSumDivisibleBy31GivesCheckCharacterZero() {
        // Σ mod 31 = 0 → 31 − 0 = 31, which GB 32100 writes as 0
        assertThat(CreditCode.checkCharacter("9131011500000000P")).isEqualTo('0');
        assertThat(CreditCode.problem("9131011500000000P0")).isEmpty();
    }

    @Test
    void lowerCaseIsReadAsUpperCase() {
        assertThat(new CreditCode("91310115ma1k4abcdd").value()).isEqualTo("91310115MA1K4ABCDD");
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(CreditCode.problem("91350100M000100Y44")).contains("clients.kyc.creditCode.checkCharacter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43", "91350100O000100Y43",
            "91350100S000100Y43", "91350100V000100Y43", "91350100Z000100Y43", "91350100-000100Y43"})
    void refusesWrongLengthsAndLettersOutsideTheAlphabet(String code) {
        assertThat(CreditCode.problem(code)).contains("clients.kyc.creditCode.format");
    }
}
