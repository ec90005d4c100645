package org.opencounter.clients.onboarding;

import org.opencounter.clients.client.Client;
import org.opencounter.clients.kyc.Masking;

/** What the audit trail keeps of a client: never the full identity document number or phone. */
public record ClientSnapshot(String name, String kind, String idType, String idNumber, long branchId, long ownerId,
                             String status, String kycStatus, String amlRisk, String investorClass) {

    public static ClientSnapshot of(Client client) {
        return new ClientSnapshot(client.getName(), client.getKind().name(), client.getIdType().name(),
                Masking.idNumber(client.getIdNumber()), client.getBranchId(), client.getOwnerId(),
                client.getStatus().name(), client.getKycStatus().name(), client.getAmlRisk().name(),
                client.getInvestorClass().name());
    }
}
