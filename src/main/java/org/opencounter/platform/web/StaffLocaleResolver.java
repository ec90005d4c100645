package org.opencounter.platform.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.staff.StaffService;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** Chinese by default, English on request; a signed-in user's choice is stored with their account too. */
class StaffLocaleResolver extends CookieLocaleResolver {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final StaffService staff;

    StaffLocaleResolver(StaffService staff) {
        super("OC_LANG");
        this.staff = staff;
        setDefaultLocale(CHINESE);
        setCookieMaxAge(Duration.ofDays(365));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = supported(locale);
        super.setLocale(request, response, supported);
        CurrentStaff.get().ifPresent(me -> staff.rememberLocale(me.username(), supported.toLanguageTag()));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
    }

    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }
}
