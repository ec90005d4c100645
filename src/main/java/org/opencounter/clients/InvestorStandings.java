package org.opencounter.clients;

/** A client's standing from the firm's own records, behind the same branch scoping as the client pages. */
public interface InvestorStandings {

    /** Today's standing of a client the signed-in staff member may see; 404 otherwise. */
    InvestorStanding today(long clientId);
}
