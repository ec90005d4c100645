package org.opencounter.clients.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankCardNumberTest {

    @Test
    void acceptsLuhnValidNumbers() {
        assertThat(BankCardNumber.problem("4111111111111111")).isEmpty();
        assertThat(BankCardNumber.problem("6222020200112345679")).isEmpty();
    }

    @Test
    void refusesTheNeighboursOfAValidCheckDigit() {
        assertThat(BankCardNumber.problem("6222020200112345678")).contains("clients.kyc.bankCard.checkDigit");
        assertThat(BankCardNumber.problem("6222020200112345670")).contains("clients.kyc.bankCard.checkDigit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"411111111111111", "62220202001123456790", "6222 0202 0011 2345 679", "622202020011234567A"})
    void refusesWhatIsNotSixteenToNineteenDigits(String number) {
        assertThat(BankCardNumber.problem(number)).contains("clients.kyc.bankCard.format");
    }

    @Test
    void masksAllButTheFirstAndLastFour() {
        assertThat(new BankCardNumber("6222020200112345679").masked()).isEqualTo("6222***********5679");
    }
}
