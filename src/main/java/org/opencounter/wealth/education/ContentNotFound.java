package org.opencounter.wealth.education;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such piece of the library or event, or an event of another branch. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ContentNotFound extends RuntimeException {

    public ContentNotFound(long id) {
        super("education " + id);
    }
}
