package org.opencounter.clients.prospect;

public enum ProspectSource {
    REFERRAL, EVENT, WALK_IN, ONLINE, BANK_PARTNER
}
