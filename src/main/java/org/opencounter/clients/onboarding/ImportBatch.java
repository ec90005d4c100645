package org.opencounter.clients.onboarding;

import java.util.List;

/** The payload of an import's approval: the pending clients it recorded. */
public record ImportBatch(String fileName, List<Long> clientIds) {
}
