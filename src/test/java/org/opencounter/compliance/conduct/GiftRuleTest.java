package org.opencounter.compliance.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A gift is reviewed from 200 yuan (house rule), and anything involving a regulator's staff whatever its value. */
class GiftRuleTest {

    @ParameterizedTest(name = "{0} from {1}: reviewed {2}")
    @CsvSource({"199.99, CLIENT, false", "200.00, CLIENT, true", "200.01, ISSUER, true", "0.00, REGULATOR, true",
            "0.00, OTHER, false"})
    void giftsAreReviewedFromTwoHundredYuanOrWithARegulator(String value, String kind, boolean reviewed) {
        assertThat(GiftRule.needsReview(new BigDecimal(value), kind)).isEqualTo(reviewed);
    }
}
