package org.opencounter.platform.security;

import java.time.Clock;
import java.time.Instant;

import org.opencounter.platform.StaffPrincipal;
import org.opencounter.platform.staff.StaffStatus;
import org.opencounter.platform.staff.StaffUser;
import org.opencounter.platform.staff.StaffUserRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks staff up for login; locked and disabled accounts are refused before the password is checked. */
@Service
class StaffDirectory implements UserDetailsService {

    private final StaffUserRepository users;
    private final Clock clock;

    StaffDirectory(StaffUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public StaffPrincipal loadUserByUsername(String username) {
        StaffUser user = users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        Instant now = clock.instant();
        return new StaffPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), user.getBranch().getId(),
                user.getBranch().getCode(), user.getBranch().isHeadOffice(), user.getRoles(), user.getPasswordHash(),
                user.getStatus() != StaffStatus.DISABLED, user.isLocked(now), user.isPasswordMustChange());
    }
}
