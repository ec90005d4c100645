package org.opencounter.clients.web;

import org.opencounter.clients.kyc.Masking;
import org.springframework.stereotype.Component;

/** Lets templates mask identity and phone numbers: {@code ${@clientMasks.idNumber(x)}}. */
@Component("clientMasks")
class ClientMasks {

    public String idNumber(String value) {
        return Masking.idNumber(value);
    }

    public String phone(String value) {
        return Masking.phone(value);
    }
}
