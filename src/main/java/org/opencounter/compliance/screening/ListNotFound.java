package org.opencounter.compliance.screening;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No watch-list version with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ListNotFound extends RuntimeException {

    public ListNotFound(long id) {
        super("watch list version " + id);
    }
}
