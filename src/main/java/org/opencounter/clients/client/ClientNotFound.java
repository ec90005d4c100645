package org.opencounter.clients.client;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such client, or one the staff member may not see: both answer 404 so nothing leaks about other branches. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ClientNotFound extends RuntimeException {

    public ClientNotFound(long id) {
        super("client " + id);
    }
}
