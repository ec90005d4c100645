package org.opencounter.clients.web;

import org.opencounter.clients.client.Client;

/** A client as the search list shows it: with the fund account number and the owner's name. */
record ClientRow(Client client, String fundAccountNumber, String ownerName, String branchName) {
}
