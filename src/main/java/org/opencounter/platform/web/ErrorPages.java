package org.opencounter.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page shown when a signed-in user reaches something their roles do not allow. */
@Controller
@RequestMapping("/error/403")
class ErrorPages {

    @GetMapping
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }

    @PostMapping
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbiddenAfterPost() {
        return "error/403";
    }
}
