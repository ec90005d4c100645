package org.opencounter.platform.staff;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends a staff member's sessions on every instance, since sessions live in the shared database. */
@Component
class StaffSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    StaffSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    int endAll(String username) {
        var found = sessions.findByPrincipalName(username).keySet();
        found.forEach(sessions::deleteById);
        return found.size();
    }
}
