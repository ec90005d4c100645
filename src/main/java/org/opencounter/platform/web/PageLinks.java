package org.opencounter.platform.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links for pagination and sorting that keep the page's other filters. Templates call {@code ${@pages.to(3)}}. */
@Component("pages")
public class PageLinks {

    public String to(String pageParameter, int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(pageParameter, page).build()
                .toUriString();
    }

    /** The current list sorted by a property, back on its first page, other filters kept. */
    public String sortedBy(String property) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("sort", property)
                .replaceQueryParam("page").build().toUriString();
    }

    /** Links to the pages shown around the current one. */
    public java.util.List<PageLink> window(org.springframework.data.domain.Page<?> page, String pageParameter) {
        int first = Math.max(0, page.getNumber() - 3);
        int last = Math.min(page.getTotalPages() - 1, page.getNumber() + 3);
        return java.util.stream.IntStream.rangeClosed(first, last)
                .mapToObj(number -> new PageLink(number + 1, to(pageParameter, number), number == page.getNumber()))
                .toList();
    }

    /** One numbered link of a pager. */
    public record PageLink(int label, String url, boolean current) {
    }

    /** The current page in another language. */
    public String inLanguage(String language) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", language).build()
                .toUriString();
    }
}
