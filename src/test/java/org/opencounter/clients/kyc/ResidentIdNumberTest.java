package org.opencounter.clients.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumberTest {

    @Test
    void acceptsTheStandardExampleWithCheckCharacterX() {
        // 1×7+1×9+0×10+1×5+0×8+5×4+1×2+9×1+4×6+9×3+1×7+2×9+3×10+1×5+0×8+0×4+2×2 = 167; 167 mod 11 = 2 → X
        ResidentIdNumber id = new ResidentIdNumber("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.male()).isFalse();
    }

    @Test
    void acceptsALowerCaseXAndStoresItUpperCase() {
        assertThat(new ResidentIdNumber("11010519491231002x").value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest(name = "{0}: sum mod 11 = {1} → check {2}")
    @CsvSource({"11010119900307001, 0, 1", "11010119900307002, 2, X", "31011519900307123, 3, 9",
            "44030420080101001, 7, 5"})
    void checkCharacterFollowsIso7064Mod112(String first17, int remainder, char check) {
        assertThat(ResidentIdNumber.checkCharacter(first17)).isEqualTo(check);
        assertThat(ResidentIdNumber.problem(first17 + check)).isEmpty();
    }

    @Test
    void oddSequenceDigitIsMale() {
        assertThat(new ResidentIdNumber("310115199003071239").male()).isTrue();
        assertThat(new ResidentIdNumber("110101199003070020".substring(0, 17) + "X").male()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "110105194912310021, clients.kyc.residentId.checkCharacter",
            "110105194912310029, clients.kyc.residentId.checkCharacter",
            "11010519491231002, clients.kyc.residentId.format",
            "11010519491231002XX, clients.kyc.residentId.format",
            "1101051949123100AX, clients.kyc.residentId.format",
            "010105194912310025, clients.kyc.residentId.area",
            "110105194902300026, clients.kyc.residentId.birthDate",
            "110105194913010028, clients.kyc.residentId.birthDate",
            "110105189912310029, clients.kyc.residentId.birthDate"})
    void refusesWithTheReason(String number, String reason) {
        assertThat(ResidentIdNumber.problem(number)).contains(reason);
    }

    @Test
    void aLeapDayBirthIsValidOnlyInLeapYears() {
        assertThat(ResidentIdNumber.problem("31011520000229004" + ResidentIdNumber.checkCharacter("31011520000229004")))
                .isEmpty();
        assertThat(ResidentIdNumber.problem("31011519990229004" + ResidentIdNumber.checkCharacter("31011519990229004")))
                .contains("clients.kyc.residentId.birthDate");
    }

    @Test
    void constructorRefusesAnInvalidNumberWithItsMessageKey() {
        assertThatThrownBy(() -> new ResidentIdNumber("110105194912310021"))
                .isInstanceOfSatisfying(InvalidIdentity.class, invalid ->
                        assertThat(invalid.messageKey()).isEqualTo("clients.kyc.residentId.checkCharacter"));
    }
}
