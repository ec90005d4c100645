package org.opencounter.clients.kyc;

import java.time.LocalDate;

/** Full civil capacity from the 18th birthday (Civil Code art. 17): a minor cannot open an account alone. */
public final class Adulthood {

    public static final int AGE = 18;

    private Adulthood() {
    }

    public static boolean isAdultOn(LocalDate birthDate, LocalDate day) {
        return !birthDate.plusYears(AGE).isAfter(day);
    }
}
