package org.opencounter.platform.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTenCharactersWithLettersAndDigits() {
        assertThat(PasswordPolicy.violations("clerk", "abcdefgh12")).isEmpty();
    }

    @Test
    void rejectsNineCharacters() {
        assertThat(PasswordPolicy.violations("clerk", "abcdefg12")).containsExactly("platform.password.tooShort");
    }

    @Test
    void rejectsLettersOnly() {
        assertThat(PasswordPolicy.violations("clerk", "abcdefghij")).containsExactly("platform.password.lettersAndDigits");
    }

    @Test
    void rejectsDigitsOnly() {
        assertThat(PasswordPolicy.violations("clerk", "1234567890")).containsExactly("platform.password.lettersAndDigits");
    }

    @Test
    void rejectsTheUsernameWhateverItsCase() {
        assertThat(PasswordPolicy.violations("teller2026a", "TELLER2026A")).containsExactly("platform.password.sameAsUsername");
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThat(PasswordPolicy.violations("x", "short")).containsExactly("platform.password.tooShort",
                "platform.password.lettersAndDigits");
    }

    @Test
    void temporaryPasswordsPassThePolicy() {
        for (int i = 0; i < 200; i++) {
            assertThat(PasswordPolicy.violations("someone", TemporaryPassword.generate())).isEmpty();
        }
    }
}
