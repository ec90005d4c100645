package org.opencounter.clients.onboarding;

/** Valid application forms for tests outside this package. */
public final class OnboardingFormSamples {

    private OnboardingFormSamples() {
    }

    public static OnboardingForm individual() {
        OnboardingForm form = OnboardingRulesTest.individual();
        form.setIdExpiry(java.time.LocalDate.now().plusYears(5));
        return form;
    }
}
