package org.opencounter.wealth.campaign;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such campaign, or one of another branch. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CampaignNotFound extends RuntimeException {

    public CampaignNotFound(long id) {
        super("campaign " + id);
    }
}
