package org.opencounter.clients.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idNumberKeepsTheFirstThreeAndLastFour() {
        assertThat(Masking.idNumber("110101199003071234")).isEqualTo("110***********1234");
    }

    @Test
    void phoneKeepsTheFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void shortValuesAreStarredWhole() {
        assertThat(Masking.idNumber("1234567")).isEqualTo("*******");
        assertThat(Masking.phone(null)).isEmpty();
    }
}
